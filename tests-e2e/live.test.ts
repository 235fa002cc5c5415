// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright's Locator.innerText(), read on purpose: the tests check the text a user sees
// The explorer's live marker, in real headless Chromium: with an actor's page open, an article
// ingested through the API's ingestArticle mutation adds a partnership of that actor, and the page
// lists it at once, marked "new", without a reload. Moving to another centre closes the first
// page's subscription, and a stream that fails leaves the page working with a quiet note. The
// screenshot goes to artifacts/e2e/explorer-live-new.png.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/** An invented report: the National Innovation Centre signs an MoU with an invented Finnish start-up. */
const ARTICLE = readFileSync(
  new URL('./fixtures/2026-05-06-nic-finland-quantum-sensing-mou.txt', import.meta.url),
  'utf8',
);
const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    createdPartnerships { id title parties { actor { slug } } }
    createdEvents { id participants { actor { slug } } }
  }
}`;
const ACTOR = 'national-innovation-centre-vietnam';

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
  // Every EventSource the page opens, to see later which are still open.
  await page.addInitScript(() => {
    const opened: EventSource[] = [];
    window.__eventSources = opened;
    window.EventSource = class extends EventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        opened.push(this);
      }
    };
  });
});
afterEach(async () => {
  await page?.close();
});

const listeners = () => server.app.knowledgeChanges!.listeners;
const actorId = async (): Promise<string> => (await server.app.query(`{ actor(slug: "${ACTOR}") { id } }`)).actor.id;
const openStreams = () =>
  page.evaluate(() => window.__eventSources!.filter((s) => s.readyState !== EventSource.CLOSED).map((s) => s.url));

describe('the explorer, live', () => {
  it('lists a partnership ingested while its actor’s page is open, marked new, without a reload', async () => {
    const { actor } = await server.app.query(`{ actor(slug: "${ACTOR}") { id name } }`);
    await page.goto(`${server.url}/explorer#id=${encodeURIComponent(actor.id)}`);
    await page.locator('#graph[data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#graph-title').innerText()).toContain(actor.name);
    // Subscribed: the stream is open and the server follows the changes for it.
    await page.locator('#node-panel[data-live="live"]').waitFor({ timeout: 30_000 });
    await expect.poll(listeners, { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#node-list .new-badge').count()).toBe(0);
    await page.evaluate(() => {
      window.__sameDocument = true;
    });

    const { ingestArticle } = await server.app.query(INGEST, { input: { text: ARTICLE, source: 'Invented Wire' } });
    expect(ingestArticle.status).toBe('CREATED');
    const involves = (links: { actor: { slug: string } }[]) => links.some((link) => link.actor.slug === ACTOR);
    const partnership = ingestArticle.createdPartnerships.find((p: any) => involves(p.parties));
    expect(partnership, 'the article makes a partnership of the actor').toBeDefined();
    const added =
      ingestArticle.createdPartnerships.filter((p: any) => involves(p.parties)).length +
      ingestArticle.createdEvents.filter((e: any) => involves(e.participants)).length;

    // The partnership is listed, with the badge, read out with its meaning.
    const button = page.locator(`#node-list button[data-id="${partnership.id}"]`);
    await button.waitFor({ timeout: 15_000 });
    expect(await button.locator('.new-badge').innerText()).toContain('new');
    await page
      .getByRole('button', { name: `${partnership.title} (new since you opened this page)`, exact: true })
      .waitFor({ timeout: 5_000 });
    await expect
      .poll(() => page.locator('#live-count').innerText(), { timeout: 15_000 })
      .toBe(`${added} new since you opened this page`);
    expect(await page.locator('#node-list .new-badge').count()).toBe(added);
    // In the network too, linked to the actor.
    const drawn = await page.evaluate(
      ({ id, centre }) => {
        const node = window.__explorer!.cy.getElementById(id);
        return {
          isNew: node.hasClass('new'),
          linked: node
            .neighborhood('node')
            .map((n) => n.id())
            .includes(centre),
        };
      },
      { id: partnership.id, centre: actor.id },
    );
    expect(drawn).toEqual({ isNew: true, linked: true });
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    expect(await page.locator('#live-paused').isHidden()).toBe(true);
    await screenshot(page, 'explorer-live-new');

    // It opens like any partnership.
    await button.click();
    await page.locator(`#details[data-state="ready"][data-id="${partnership.id}"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator('#details-title').innerText()).toBe(partnership.title);

    // Another centre: the actor's stream is closed, one stream follows the country, nothing is new there.
    const country = page.locator('#node-list button.country').first();
    const countryName = await country.innerText();
    await country.click();
    await expect.poll(() => page.locator('#graph-title').innerText(), { timeout: 30_000 }).toContain(countryName);
    await page.locator('#node-panel[data-live="live"]').waitFor({ timeout: 30_000 });
    const streams = await openStreams();
    expect(streams).toHaveLength(1);
    expect(decodeURIComponent(streams[0]!)).toContain('"country"');
    await expect.poll(listeners, { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#node-list .new-badge').count()).toBe(0);
    expect(await page.locator('#live-count').innerText()).toBe('');
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

    // The page goes: so does the server's following.
    await page.close();
    await expect.poll(listeners, { timeout: 10_000 }).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows a quiet note when the stream fails, and the page goes on', async () => {
    // The API's answer to a subscription it cannot serve: an error, then the end of the stream.
    await page.route(
      (url) => url.pathname === '/graphql',
      (route) =>
        route.request().headers().accept?.includes('text/event-stream')
          ? route.fulfill({
              status: 200,
              contentType: 'text/event-stream',
              body: 'event: next\ndata: {"errors":[{"message":"Live updates are off on this server."}]}\n\nevent: complete\ndata:\n\n',
            })
          : route.continue(),
    );
    await page.goto(`${server.url}/explorer#id=${encodeURIComponent(await actorId())}`);
    await page.locator('#graph[data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.locator('#node-panel[data-live="paused"]').waitFor({ timeout: 30_000 });
    const note = page.locator('#live-paused');
    expect(await note.innerText()).toBe('Live updates paused');
    expect(await note.getAttribute('title')).toBe('Live updates are off on this server.');
    expect(await openStreams()).toEqual([]);
    // Still a page to use: its list, and a partnership's details.
    const first = page.locator('#node-list button.partnership').first();
    await first.click();
    await page.locator('#details[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
  });
});
