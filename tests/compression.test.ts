// HTTP compression as clients meet it: a real node:http server on a free port, the server wrapped
// as main.ts wraps it (src/http/compression.ts), raw bytes read with node:http (fetch would decode
// them silently). Brotli or gzip when Accept-Encoding allows, the same content once decoded, small
// bodies and event streams left alone.
import { createServer as createHttpServer, request, type RequestListener, type Server as HttpServer } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useExplorer } from '../src/explorer/route.ts';
import { COMPRESSION_THRESHOLD_BYTES, withCompression } from '../src/http/compression.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire. */
  raw: Buffer;
  /** The body after undoing Content-Encoding. */
  text: string;
}

async function listen(listener: RequestListener): Promise<{ http: HttpServer; base: string }> {
  const http = createHttpServer(withCompression(listener));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { http, base: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

function send(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: decoded.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const varyNames = (response: RawResponse) =>
  String(response.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/);

describe('the API server, compressed', () => {
  let app: TestApp;
  let http: HttpServer;
  let base: string;
  beforeAll(async () => {
    app = await sharedReadOnlyApp();
    ({ http, base } = await listen(app.yoga));
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await app.close();
  });

  const countries = JSON.stringify({ query: '{ countries(first: 60) { totalCount nodes { code name } } }' });
  const post = (acceptEncoding: string | null, body = countries) =>
    send(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding }),
      },
      body,
    });

  test('a JSON answer comes in brotli or gzip when accepted, and decodes to the same JSON as the uncompressed one', async () => {
    const plain = await post(null);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = JSON.parse(plain.text);
    expect(expected.data.countries.nodes).toHaveLength(60);
    expect(plain.raw.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);

    for (const encoding of ['gzip', 'br'] as const) {
      const compressed = await post(encoding);
      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding'], encoding).toBe(encoding);
      expect(compressed.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
      expect(varyNames(compressed)).toContain('accept-encoding');
      expect(compressed.raw.length).toBeLessThan(plain.raw.length / 2);
      expect(JSON.parse(compressed.text)).toEqual(expected);
    }
  });

  test('brotli is preferred when both are accepted, and a refused one (q=0) is never chosen', async () => {
    expect((await post('gzip, deflate, br')).headers['content-encoding']).toBe('br');
    expect((await post('br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    expect((await post('identity')).headers['content-encoding']).toBeUndefined();
  });

  test('a cacheable GET answer is compressed too, its ETag still matches and Vary names every header it depends on', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ countries(first: 60) { nodes { code name } } }')}`;
    const first = await send(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['cache-control']).toMatch(/max-age=/);
    expect(varyNames(first)).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
    const etag = String(first.headers.etag);
    const again = await send(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.raw.length).toBe(0);
  });

  test('a body under the threshold goes out as it is', async () => {
    const small = await post('gzip, br', JSON.stringify({ query: '{ __typename }' }));
    expect(small.raw.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.text)).toEqual({ data: { __typename: 'Query' } });
  });

  test('the GraphiQL page is compressed with gzip and brotli and decodes to the same page; without Accept-Encoding it is sent whole', async () => {
    const page = (acceptEncoding?: string) =>
      send(`${base}/graphql`, {
        headers: { accept: 'text/html', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      });
    const plain = await page();
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toMatch(/^text\/html/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.raw.length);
    expect(varyNames(plain)).toContain('accept-encoding');
    expect(plain.text).toContain('renderYogaGraphiQL');

    const gzip = await page('gzip');
    const br = await page('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-length']).toBeUndefined();
    expect(gzip.text).toBe(plain.text);
    expect(br.text).toBe(plain.text);
    expect(gzip.raw.length).toBeLessThan(plain.raw.length / 3);
    expect(br.raw.length).toBeLessThan(gzip.raw.length);
    console.log(
      `GraphiQL page on the wire: uncompressed ${plain.raw.length} B, gzip ${gzip.raw.length} B, br ${br.raw.length} B`,
    );
  });

  test('an answer as server-sent events is not compressed', async () => {
    const events = await send(
      `${base}/graphql?query=${encodeURIComponent('{ countries(first: 60) { nodes { code name } } }')}`,
      {
        headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, br' },
      },
    );
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(events.headers['content-encoding'] ?? 'none').toBe('none');
    expect(events.text).toContain('event: next');
    expect(events.text).toContain('"code":"AD"');
  });
});

describe('the explorer files, compressed', () => {
  let dir: string;
  let http: HttpServer;
  let base: string;
  const script = `export const names = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `node-${i}`))};\n`.repeat(
    5,
  );
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'explorer-compression-'));
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(
      path.join(dir, 'index.html'),
      `<!doctype html><title>explorer</title>${'<!-- padding -->'.repeat(100)}`,
    );
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), script);
    await writeFile(path.join(dir, 'assets', 'logo-abc.png'), Buffer.alloc(4096, 7));
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
      logging: false,
      plugins: [useExplorer(dir)],
    });
    ({ http, base } = await listen(yoga));
  });
  afterAll(async () => {
    await new Promise((resolve) => http.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  test('the page and its scripts are compressed, and keep their type and caching headers', async () => {
    for (const encoding of ['gzip', 'br']) {
      const js = await send(`${base}/explorer/assets/index-abc.js`, { headers: { 'accept-encoding': encoding } });
      expect(js.headers['content-encoding'], encoding).toBe(encoding);
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(js.text).toBe(script);
      const html = await send(`${base}/explorer/`, { headers: { 'accept-encoding': encoding } });
      expect(html.headers['content-encoding'], encoding).toBe(encoding);
      expect(html.text).toContain('<title>explorer</title>');
    }
  });

  test('images are sent as they are', async () => {
    const png = await send(`${base}/explorer/assets/logo-abc.png`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.raw.length).toBe(4096);
  });

  test('a HEAD request has no body to compress', async () => {
    const head = await send(`${base}/explorer/assets/index-abc.js`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBeUndefined();
  });
});

test('an event stream reaches the client as each event is written, not when the compressor has enough', async () => {
  let finish: () => void = () => {};
  const { http, base } = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`event: next\ndata: ${JSON.stringify({ padding: 'x'.repeat(2 * COMPRESSION_THRESHOLD_BYTES) })}\n\n`);
    // The stream stays open until the client has seen the first event.
    finish = () => res.end('event: complete\ndata:\n\n');
  });
  try {
    const first = await new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
      const req = request(
        `${base}/events`,
        { headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip, br' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('\n\n')) {
              resolve({ encoding: res.headers['content-encoding'], text });
              finish();
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
      setTimeout(() => reject(new Error('the first event did not arrive while the stream was open')), 5_000).unref();
    });
    expect(first.encoding).toBeUndefined();
    expect(first.text).toMatch(/^event: next\n/);
  } finally {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  }
});
