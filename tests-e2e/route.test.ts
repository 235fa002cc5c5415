// The explorer route on its own, without a browser: what it serves, with which types, and what
// it refuses.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from '../src/explorer/route.ts';

const yogaOver = (distDir: string) =>
  createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    logging: false,
    plugins: [useExplorer(distDir)],
  });

describe('the explorer route', () => {
  let dir: string;
  let yoga: ReturnType<typeof yogaOver>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'explorer-'));
    const dist = path.join(dir, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(path.join(dist, 'assets', 'index-abc.css'), 'body{}');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    yoga = yogaOver(dist);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const get = (p: string, init: { method?: string } = {}) => yoga.fetch(`http://yoga${p}`, init);

  it('serves index.html at /explorer and /explorer/', async () => {
    for (const p of ['/explorer', '/explorer/', '/explorer/index.html']) {
      const response = await get(p);
      expect(response.status, p).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
      expect(await response.text()).toContain('<title>x</title>');
    }
  });

  it('serves assets with their content types and a long cache', async () => {
    const js = await get('/explorer/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const css = await get('/explorer/assets/index-abc.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const head = await get('/explorer/assets/index-abc.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for unknown files, folders and paths that leave the build', async () => {
    for (const p of [
      '/explorer/nope.js',
      '/explorer/assets',
      '/explorer/assets/',
      '/explorer/..%2Fsecret.txt',
      '/explorer/assets/..%2F..%2Fsecret.txt',
      '/explorer/%2e%2e/secret.txt',
      '/explorer/..%5Csecret.txt',
      '/explorer/index.html%00.js',
    ]) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses other methods and leaves other paths to yoga', async () => {
    const post = await get('/explorer', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await get('/explorerish')).status).toBe(404);
    const graphql = await get('/graphql?query=%7Bok%7D');
    expect(await graphql.json()).toEqual({ data: { ok: true } });
  });

  it('answers 503 with what to run when the build is missing', async () => {
    const missing = yogaOver(path.join(dir, 'not-built'));
    const response = await missing.fetch('http://yoga/explorer/assets/index-abc.js');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('explorer not built: run npm run build:explorer');
  });
});
