// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright's Locator.innerText(), read on purpose: the tests check the text a user sees (rendered, hidden parts left out), which textContent is not
// End to end, in real headless Chromium: GraphiQL runs the example operation, and the explorer
// finds an actor, draws its network, and shows a partnership's parties and sources after a
// click on its node. Screenshots go to artifacts/e2e/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { dataOf } from '../tests/helpers/app.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  problems.length = 0;
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
});
afterEach(async () => {
  await page?.close();
});

describe('GraphiQL', () => {
  it('runs the example operation and shows its data', async () => {
    const cdnFailures: string[] = [];
    page.on('requestfailed', (request) => {
      if (!request.url().startsWith(server.url)) cdnFailures.push(request.url());
    });
    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    const run = page.locator('.graphiql-execute-button');
    try {
      await run.waitFor({ state: 'visible', timeout: 30_000 });
    } catch (error) {
      await screenshot(page, 'graphiql');
      if (cdnFailures.length) {
        throw new Error(
          `GraphiQL did not render: its bundle comes from outside this server and could not be fetched (${cdnFailures.join(', ')})`,
        );
      }
      throw error;
    }
    // The editor opens on the example operation (Vietnam's partnerships).
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 })
      .toContain('ActorTraversal');
    await run.click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('Vietnam');
    const shown = await result.innerText();
    expect(shown).toContain('"data"');
    expect(shown).toContain('partnerships');
    expect(shown).not.toContain('"errors"');
    await screenshot(page, 'graphiql');
  });
});

describe('the explorer', () => {
  it('searches, draws the network and shows a partnership with its sources', async () => {
    // What the API says the page should show.
    const expected = dataOf(
      await server.app.graphql(`{
        actor(slug: "national-innovation-centre-vietnam") {
          id name
          partnerships(first: 10) { nodes { id title sources { article { title url } } } }
        }
      }`),
    ).actor as {
      id: string;
      name: string;
      partnerships: {
        nodes: { id: string; title: string; sources: { article: { title: string; url: string | null } }[] }[];
      };
    };
    const partnership = expected.partnerships.nodes[0]!;
    const source = partnership.sources[0]!.article;

    const response = await page.goto(`${server.url}/explorer`);
    expect(response?.status()).toBe(200);

    // Search with the keyboard: type, Enter, arrow down to the result, Enter.
    const input = page.getByLabel('Search an actor, country or technology');
    await input.fill('Innovation Centre');
    await input.press('Enter');
    const result = page.locator('#search-results button', { hasText: expected.name }).first();
    await result.waitFor();
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/result/);
    await screenshot(page, 'explorer-search');
    await input.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
    expect(focused).toBeTruthy();
    await result.click();

    // The network is drawn around the actor.
    await page.locator('#graph[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`#id=${encodeURIComponent(expected.id)}`);
    await expect.poll(() => page.locator('#graph-title').innerText()).toContain(expected.name);
    const drawn = await page.evaluate(() => {
      const cy = window.__explorer!.cy;
      return cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') as string, label: n.data('label') as string }));
    });
    expect(drawn.map((n) => n.kind)).toEqual(expect.arrayContaining(['ACTOR', 'COUNTRY', 'PARTNERSHIP']));
    expect(drawn.find((n) => n.id === partnership.id)?.label).toBe(partnership.title);
    await expect.poll(() => page.locator('#node-list button').count()).toBe(drawn.length);

    // "Download this network": the GEXF link answers a Gephi file of the nodes on screen.
    const gexfHref = await page.locator('#download-gexf').getAttribute('href');
    expect(gexfHref).toMatch(/^\/export\/neighbourhood\.gexf\?id=/);
    const gexf = await page.evaluate(async (href) => {
      const response = await fetch(href!);
      return { type: response.headers.get('content-type'), text: await response.text() };
    }, gexfHref);
    expect(gexf.type).toBe('application/gexf+xml; charset=utf-8');
    expect(gexf.text.match(/<node /g)?.length).toBe(drawn.length);

    // Click the partnership's node on the canvas itself, where cytoscape drew it.
    const point = await page.evaluate((id) => {
      const cy = window.__explorer!.cy;
      const position = cy.getElementById(id).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, partnership.id);
    await page.mouse.click(point.x, point.y);

    const details = page.locator('#details[data-state="ready"]');
    await details.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#details-title').innerText()).toBe(partnership.title);
    const sources = page.locator('#details .sources');
    await expect.poll(() => sources.innerText()).toContain(source.title);
    if (source.url) {
      await expect.poll(() => sources.getByRole('link', { name: source.title }).getAttribute('href')).toBe(source.url);
    }
    // The weight of evidence, above the sources: the sample knowledge's facts are curated (confidence 1).
    await expect
      .poll(() => sources.locator('.support').innerText())
      .toMatch(/^\d+ articles? from \d+ outlets? · (first )?reported \d{4}-\d{2}-\d{2}.* · confidence 1\.00$/);
    expect(await page.locator('#details').innerText()).toMatch(/parties/i);
    expect(await page.locator('#details').innerText()).toContain(expected.name);
    await screenshot(page, 'explorer-partnership');

    // A party in the panel moves the network to that actor.
    const other = page.locator('#details .link-button.actor', { hasNotText: expected.name }).first();
    const otherName = await other.innerText();
    await other.click();
    await expect.poll(() => page.locator('#graph-title').innerText(), { timeout: 30_000 }).toContain(otherName);
    await page.locator('#graph[data-state="ready"]').waitFor();

    expect(problems).toEqual([]);
  });

  it('finds a country by its ISO code, and opens a partnership from the node list', async () => {
    // A partnership of the United States whose source has an address to open.
    const expected = dataOf(
      await server.app.graphql(`{
        country(code: "US") {
          name
          partnerships(first: 20) { nodes { id title sources { article { title url } } } }
        }
      }`),
    ).country as {
      name: string;
      partnerships: {
        nodes: { id: string; title: string; sources: { article: { title: string; url: string | null } }[] }[];
      };
    };
    const partnership = expected.partnerships.nodes.find((p) => p.sources.some((s) => s.article.url));
    expect(partnership, 'the sample knowledge has a US partnership with a source URL').toBeDefined();
    const article = partnership!.sources.find((s) => s.article.url)!.article;

    await page.goto(`${server.url}/explorer`);
    const input = page.getByLabel('Search an actor, country or technology');
    await input.fill('US');
    await input.press('Enter');
    const result = page.locator('#search-results button.country', { hasText: expected.name });
    await result.waitFor({ timeout: 30_000 });
    await result.click();
    await page.locator('#graph[data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#graph-title').innerText()).toContain(expected.name);

    // The same nodes as buttons, for keyboards and screen readers.
    const button = page.locator(`#node-list button[data-id="${partnership!.id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator(`#details[data-state="ready"][data-id="${partnership!.id}"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('#details-title').innerText()).toBe(partnership!.title);
    const link = page.locator('#details .sources').getByRole('link', { name: article.title });
    expect(await link.getAttribute('href')).toBe(article.url);
    expect(await link.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'explorer-country');
    expect(problems).toEqual([]);
  });
});
