// The explorer page: a search box, the neighbourhood of the chosen actor, country or technology
// as a network (cytoscape), a list of the same nodes as buttons, and a panel with a
// partnership's or event's parties and sources. The location hash holds the centre's global
// ID (#id=...), so back and forward move between centres and a view can be linked. While a
// centre is shown, the partnerships and events added about it arrive live and are marked "new".
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import {
  type AddedNode,
  details,
  exportUrl,
  followAdded,
  GraphQLError,
  neighbourhood,
  search,
  type CentreKind,
  type Details,
  type Hit,
  type LiveState,
  type Neighbourhood,
  type NodeKind,
  type Source,
  type Support,
} from './api.ts';
import './style.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-input');
const depthSelect = $<HTMLSelectElement>('depth-select');
const status = $<HTMLParagraphElement>('search-status');
const results = $<HTMLUListElement>('search-results');
const graphTitle = $<HTMLHeadingElement>('graph-title');
const downloads = $<HTMLParagraphElement>('downloads');
const downloadLinks = {
  gexf: $<HTMLAnchorElement>('download-gexf'),
  graphml: $<HTMLAnchorElement>('download-graphml'),
  'nodes.csv': $<HTMLAnchorElement>('download-nodes'),
  'edges.csv': $<HTMLAnchorElement>('download-edges'),
} as const;
const graphBox = $<HTMLDivElement>('graph');
const nodeList = $<HTMLUListElement>('node-list');
const nodePanel = $<HTMLElement>('node-panel');
const liveCount = $<HTMLParagraphElement>('live-count');
const livePaused = $<HTMLParagraphElement>('live-paused');
const detailsBox = $<HTMLElement>('details');
const detailsTitle = $<HTMLHeadingElement>('details-title');
const detailsBody = $<HTMLDivElement>('details-body');

const centreKinds = new Set<NodeKind>(['ACTOR', 'COUNTRY', 'TECHNOLOGY']);
const kindNames: Record<NodeKind, string> = {
  ACTOR: 'Actor',
  COUNTRY: 'Country',
  TECHNOLOGY: 'Technology',
  PARTNERSHIP: 'Partnership',
  EVENT: 'Event',
};
const pluralNames: Record<NodeKind, string> = {
  ACTOR: 'Actors',
  COUNTRY: 'Countries',
  TECHNOLOGY: 'Technologies',
  PARTNERSHIP: 'Partnerships',
  EVENT: 'Events',
};
const colours: Record<NodeKind, string> = {
  ACTOR: '#2563eb',
  COUNTRY: '#16a34a',
  TECHNOLOGY: '#d97706',
  PARTNERSHIP: '#9333ea',
  EVENT: '#dc2626',
};
const shapes: Record<NodeKind, string> = {
  ACTOR: 'ellipse',
  COUNTRY: 'round-rectangle',
  TECHNOLOGY: 'hexagon',
  PARTNERSHIP: 'diamond',
  EVENT: 'triangle',
};

const humanise = (text: string) => text.toLowerCase().replace(/_/g, ' ');

const edgeLabel = (kind: string, role: string | null): string => {
  switch (kind) {
    case 'PARTY':
      return role ?? 'party';
    case 'PARTICIPANT':
      return role ? `participant (${role})` : 'participant';
    case 'AFFILIATION':
      return role ?? 'affiliation';
    case 'ACTOR_COUNTRY':
    case 'EVENT_COUNTRY':
    case 'PARTNERSHIP_COUNTRY':
      return 'country';
    case 'PARTNERSHIP_TECHNOLOGY':
      return 'technology';
    case 'ACTOR_PARENT':
    case 'TECHNOLOGY_PARENT':
      return 'part of';
    case 'EVENT_PARTNERSHIP':
      return 'event';
    default:
      return humanise(kind);
  }
};

const cy: Core = cytoscape({
  container: graphBox,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        shape: 'data(shape)' as never,
        label: 'data(short)',
        color: '#1f2937',
        'font-size': 14,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node[depth = 0]',
      style: {
        width: 44,
        height: 44,
        'font-size': 16,
        'font-weight': 'bold',
        'border-color': '#111827',
        'border-width': 3,
      },
    },
    { selector: 'node.new', style: { 'border-color': '#ca8a04', 'border-width': 4, 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4, 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 10,
        'min-zoomed-font-size': 6,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#f9fafb',
        'text-background-opacity': 0.9,
      },
    },
  ],
});

let current: Neighbourhood | null = null;
let loadToken = 0;
/** Ends the live updates of the centre shown; set while they are followed. */
let stopLive: (() => void) | undefined;
/** The partnerships and events added since the centre was opened (by ID): marked "new". */
let fresh = new Set<string>();

function setGraphState(state: 'empty' | 'loading' | 'ready' | 'error') {
  graphBox.dataset.state = state;
}
setGraphState('empty');

function centreIdFromHash(): string | null {
  const match = /^#id=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Moves to a node: through the hash, so that the browser's history follows. */
function goTo(id: string) {
  const hash = `#id=${encodeURIComponent(id)}`;
  if (location.hash === hash) void load(id);
  else location.hash = hash;
}

async function load(id: string) {
  const token = ++loadToken;
  // The updates of the page left behind stop before anything else: a page follows only its own centre.
  stopLive?.();
  stopLive = undefined;
  fresh = new Set();
  showLive('off', '');
  setGraphState('loading');
  graphTitle.textContent = 'Loading…';
  hideDetails();
  try {
    const hood = await neighbourhood(id, Number(depthSelect.value));
    if (token !== loadToken) return;
    if (!hood) {
      current = null;
      cy.elements().remove();
      nodeList.replaceChildren();
      graphTitle.textContent = 'Nothing has that ID';
      setGraphState('error');
      return;
    }
    current = hood;
    draw(hood);
    setGraphState('ready');
    follow(hood, token);
  } catch (error) {
    if (token !== loadToken) return;
    graphTitle.textContent = `Could not load the network: ${message(error)}`;
    setGraphState('error');
  }
}

/** The download links, for the network on screen: the same centre, depth and size. */
function offerDownloads(hood: Neighbourhood) {
  const depth = Number(depthSelect.value);
  for (const [format, link] of Object.entries(downloadLinks) as [keyof typeof downloadLinks, HTMLAnchorElement][])
    link.href = exportUrl(hood.centre.id, depth, format);
  downloads.hidden = false;
}

function draw(hood: Neighbourhood) {
  offerDownloads(hood);
  const centre = hood.nodes.find((n) => n.id === hood.centre.id);
  const partnerships = hood.nodes.filter((n) => n.kind === 'PARTNERSHIP').length;
  graphTitle.textContent = centre
    ? `${centre.label} (${kindNames[centre.kind].toLowerCase()}): ${partnerships} partnership${partnerships === 1 ? '' : 's'} nearby${hood.truncated ? ', more than shown' : ''}`
    : 'Network';
  const present = new Set(hood.nodes.map((n) => n.id));
  const elements: ElementDefinition[] = [
    ...hood.nodes.map((n) => ({
      group: 'nodes' as const,
      classes: fresh.has(n.id) ? 'new' : '',
      data: {
        id: n.id,
        label: n.label,
        short: `${fresh.has(n.id) ? 'new · ' : ''}${n.label.length > 48 ? `${n.label.slice(0, 46)}…` : n.label}`,
        kind: n.kind,
        depth: n.depth,
        colour: colours[n.kind],
        shape: shapes[n.kind],
      },
    })),
    ...hood.edges
      .filter((e) => present.has(e.source) && present.has(e.target))
      .map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, label: edgeLabel(e.kind, e.role) },
      })),
  ];
  // The container may have moved or changed size since the last drawing: cytoscape caches both.
  cy.resize();
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  // Rings by distance from the centre (breadth-first from it, which keeps a node near the
  // ones it hangs from); deterministic, so a view looks the same each time.
  cy.layout({
    name: 'breadthfirst',
    // cytoscape takes a collection here too; its typings only list selectors, and global IDs
    // (base64, with = and /) are awkward in a selector.
    roots: cy.getElementById(hood.centre.id) as unknown as string[],
    circle: true,
    directed: false,
    spacingFactor: 1.1,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: true,
    animate: false,
    fit: true,
    padding: 30,
  }).run();
  renderNodeList(hood);
}

function renderNodeList(hood: Neighbourhood) {
  const order: NodeKind[] = ['PARTNERSHIP', 'ACTOR', 'COUNTRY', 'TECHNOLOGY', 'EVENT'];
  const items: HTMLElement[] = [];
  for (const kind of order) {
    // What arrived since the page opened first, where it is seen.
    const nodes = hood.nodes
      .filter((n) => n.kind === kind)
      .sort((a, b) => Number(fresh.has(b.id)) - Number(fresh.has(a.id)));
    if (nodes.length === 0) continue;
    const group = document.createElement('li');
    const heading = document.createElement('h3');
    heading.textContent = `${pluralNames[kind]} (${nodes.length})`;
    const list = document.createElement('ul');
    for (const n of nodes) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `node-button ${kind.toLowerCase()}`;
      button.dataset.id = n.id;
      button.dataset.kind = n.kind;
      button.textContent = n.label;
      if (fresh.has(n.id)) button.append(newBadge());
      if (n.depth === 0) button.setAttribute('aria-current', 'true');
      button.title = centreKinds.has(n.kind)
        ? `Centre the network on ${n.label}`
        : `Show the ${kindNames[n.kind].toLowerCase()} and its sources`;
      button.addEventListener('click', () => activate(n.id));
      item.append(button);
      list.append(item);
    }
    group.append(heading, list);
    items.push(group);
  }
  nodeList.replaceChildren(...items);
}

/** "new", read out as "(new since you opened this page)". */
function newBadge(): HTMLElement {
  const badge = el('span', undefined, 'new-badge');
  const seen = el('span', 'new');
  seen.setAttribute('aria-hidden', 'true');
  badge.append(seen, el('span', ' (new since you opened this page)', 'visually-hidden'));
  return badge;
}

/** Follows what is added about the centre shown; `token` is the load that shows it. */
function follow(hood: Neighbourhood, token: number) {
  stopLive = followAdded(hood.centre, {
    // Once the page has moved on, a late message changes nothing (the source is closed by then anyway).
    added: (fact) => {
      if (token === loadToken) addFact(fact);
    },
    state: (state, reason) => {
      if (token === loadToken) showLive(state, reason);
    },
  });
}

/** A new partnership or event joins the network and the list, marked "new". */
function addFact({ node, edges }: AddedNode) {
  if (!current || fresh.has(node.id)) return;
  fresh.add(node.id);
  // It may be there already: added between subscribing and the network's reading.
  if (!current.nodes.some((n) => n.id === node.id)) {
    const centre = current.centre.id;
    const depth = edges.some((e) => e.source === centre || e.target === centre) ? 1 : 2;
    current.nodes.push({ ...node, depth });
    current.edges.push(...edges);
  }
  // Drawn again whole: the layout is deterministic and quick for the few dozen nodes shown.
  draw(current);
  if (detailsBox.dataset.id) cy.getElementById(detailsBox.dataset.id).select();
  liveCount.textContent = `${fresh.size} new since you opened this page`;
}

function showLive(state: LiveState | 'off', reason: string) {
  nodePanel.dataset.live = state;
  if (state === 'off') liveCount.textContent = '';
  livePaused.hidden = state !== 'paused';
  livePaused.title = reason;
}

/** What a click on a node (in the network or in the list) does. */
function activate(id: string) {
  const node = current?.nodes.find((n) => n.id === id);
  if (!node) return;
  cy.elements().unselect();
  cy.getElementById(id).select();
  if (centreKinds.has(node.kind)) {
    if (id !== current?.centre.id) goTo(id);
  } else {
    void showDetails(id);
  }
}

cy.on('tap', 'node', (event) => activate(event.target.id() as string));
cy.on('mouseover', 'node', () => (graphBox.style.cursor = 'pointer'));
cy.on('mouseout', 'node', () => (graphBox.style.cursor = ''));

function hideDetails() {
  detailsBox.hidden = true;
  delete detailsBox.dataset.id;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function linkButton(id: string, label: string, kind: CentreKind): HTMLButtonElement {
  const button = el('button', label, `link-button ${kind.toLowerCase()}`);
  button.type = 'button';
  button.addEventListener('click', () => goTo(id));
  return button;
}

/** "3 articles from 2 outlets · first reported 2026-03-10, latest 2026-03-12 · confidence 0.96". */
function supportLine(support: Support): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const day = (instant: string | null) => instant?.slice(0, 10);
  const first = day(support.firstReportedAt);
  const latest = day(support.latestReportedAt);
  return [
    `${plural(support.articleCount, 'article')} from ${plural(support.sourceCount, 'outlet')}`,
    first && (first === latest ? `reported ${first}` : `first reported ${first}, latest ${latest}`),
    `confidence ${support.confidence.toFixed(2)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function sourcesSection(sources: Source[], support: Support): HTMLElement {
  const section = el('section');
  section.className = 'sources';
  section.append(el('h3', `Sources (${sources.length})`));
  section.append(el('p', supportLine(support), 'support'));
  if (sources.length === 0) section.append(el('p', 'No source recorded.'));
  const list = el('ul');
  for (const source of sources) {
    const item = el('li');
    const { article } = source;
    if (article.url) {
      const link = el('a', article.title, 'article-link');
      link.href = article.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    } else {
      item.append(el('span', article.title, 'article-title'));
    }
    const meta = [article.source, article.publishedAt.slice(0, 10)].filter(Boolean).join(' · ');
    if (meta) item.append(el('div', meta, 'meta'));
    if (source.excerpt) item.append(el('blockquote', source.excerpt));
    list.append(item);
  }
  section.append(list);
  return section;
}

async function showDetails(id: string) {
  detailsBox.hidden = false;
  detailsBox.dataset.id = id;
  detailsBox.dataset.state = 'loading';
  detailsTitle.textContent = 'Loading…';
  detailsBody.replaceChildren();
  try {
    const node = await details(id);
    if (detailsBox.dataset.id !== id) return;
    if (!node) {
      detailsTitle.textContent = 'Not found';
      detailsBox.dataset.state = 'error';
      return;
    }
    renderDetails(node);
    detailsBox.dataset.state = 'ready';
  } catch (error) {
    if (detailsBox.dataset.id !== id) return;
    detailsTitle.textContent = `Could not load: ${message(error)}`;
    detailsBox.dataset.state = 'error';
  }
}

function renderDetails(node: Details) {
  detailsTitle.textContent = node.title;
  const parts: HTMLElement[] = [];
  if (node.__typename === 'Partnership') {
    const facts = [
      `Partnership · ${humanise(node.kind)}`,
      node.status && humanise(node.status),
      node.startedOn && `since ${node.startedOn}`,
    ];
    parts.push(el('p', facts.filter(Boolean).join(' · '), 'kind'));
    if (node.description) parts.push(el('p', node.description, 'description'));
    const parties = el('section');
    parties.append(el('h3', 'Parties'));
    const list = el('ul');
    for (const party of node.parties) {
      const item = el('li');
      item.append(linkButton(party.actor.id, party.actor.name, 'ACTOR'), el('span', ` ${party.role}`, 'role'));
      list.append(item);
    }
    parties.append(list);
    parts.push(parties);
    if (node.countries.length || node.technologies.length) {
      const about = el('section');
      about.append(el('h3', 'Countries and technologies'));
      const row = el('p', undefined, 'chips');
      for (const c of node.countries) row.append(linkButton(c.id, c.name, 'COUNTRY'));
      for (const t of node.technologies) row.append(linkButton(t.id, t.name, 'TECHNOLOGY'));
      about.append(row);
      parts.push(about);
    }
  } else {
    const facts = [
      `Event · ${humanise(node.eventKind)}`,
      node.occurredOn,
      [node.city, node.country?.name].filter(Boolean).join(', '),
    ];
    parts.push(el('p', facts.filter(Boolean).join(' · '), 'kind'));
    const people = el('section');
    people.append(el('h3', 'Participants'));
    const list = el('ul');
    for (const p of node.participants) {
      const item = el('li');
      item.append(linkButton(p.actor.id, p.actor.name, 'ACTOR'));
      if (p.role) item.append(el('span', ` ${p.role}`, 'role'));
      list.append(item);
    }
    people.append(list);
    parts.push(people);
  }
  parts.push(sourcesSection(node.sources, node));
  detailsBody.replaceChildren(...parts);
}

const message = (error: unknown) =>
  error instanceof GraphQLError || error instanceof Error ? error.message : String(error);

// Search: on submit, and as the user types (after a pause). Arrow keys move between results.
let searchToken = 0;
let lastSearched = '';

async function runSearch(text: string) {
  const query = text.trim();
  if (query === lastSearched) return;
  lastSearched = query;
  const token = ++searchToken;
  if (query.length < 2) {
    results.replaceChildren();
    status.textContent = query ? 'Type at least two characters.' : '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const hits = await search(query);
    if (token !== searchToken) return;
    renderHits(hits);
    status.textContent = hits.length
      ? `${hits.length} result${hits.length === 1 ? '' : 's'}: pick one to see its network.`
      : `Nothing found for “${query}”.`;
  } catch (error) {
    if (token !== searchToken) return;
    lastSearched = '';
    results.replaceChildren();
    status.textContent = `Search failed: ${message(error)}`;
  }
}

function renderHits(hits: Hit[]) {
  results.replaceChildren(
    ...hits.map((hit) => {
      const item = el('li');
      const button = el('button', undefined, `result ${hit.kind.toLowerCase()}`);
      button.type = 'button';
      button.dataset.id = hit.id;
      button.append(el('span', hit.label, 'label'), el('span', hit.detail, 'detail'));
      button.addEventListener('click', () => {
        results.replaceChildren();
        status.textContent = `Showing ${hit.label}.`;
        lastSearched = '';
        goTo(hit.id);
      });
      item.append(button);
      return item;
    }),
  );
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void runSearch(input.value), 300);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  lastSearched = '';
  void runSearch(input.value);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    results.querySelector<HTMLButtonElement>('button')?.focus();
    event.preventDefault();
  } else if (event.key === 'Escape') {
    results.replaceChildren();
    status.textContent = '';
    lastSearched = '';
  }
});
results.addEventListener('keydown', (event) => {
  const buttons = [...results.querySelectorAll<HTMLButtonElement>('button')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (event.key === 'ArrowDown') buttons[Math.min(index + 1, buttons.length - 1)]?.focus();
  else if (event.key === 'ArrowUp') (index <= 0 ? input : buttons[index - 1])?.focus();
  else if (event.key === 'Escape') input.focus();
  else return;
  event.preventDefault();
});

depthSelect.addEventListener('change', () => {
  const id = centreIdFromHash();
  if (id) void load(id);
});
new ResizeObserver(() => cy.resize()).observe(graphBox);
window.addEventListener('hashchange', () => {
  const id = centreIdFromHash();
  if (id) void load(id);
});
const initial = centreIdFromHash();
if (initial) void load(initial);
else input.focus();

// For tests and the curious: the cytoscape instance and the data drawn.
declare global {
  interface Window {
    __explorer?: { cy: Core; current: () => Neighbourhood | null };
  }
}
window.__explorer = { cy, current: () => current };
