import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { defaultLimits } from '@newsroom/rules/limits';
import { expect, it, vi } from 'vitest';
import type { Context } from '../graphql/context';
import { chunkLinks, createPageRenderer, jsonForHtml, splitHoistedHead } from './pageRenderer';

it('lifts the title, meta and link elements React sends first into the head', () => {
  const body =
    '<link rel="preload" as="image" href="/a.svg"/><title>A — Newsroom</title><meta name="description" content="x"/><header><title>not hoisted</title></header>';
  expect(splitHoistedHead(body)).toEqual({
    head: '<link rel="preload" as="image" href="/a.svg"/><title>A — Newsroom</title><meta name="description" content="x"/>',
    rest: '<header><title>not hoisted</title></header>',
  });
  expect(splitHoistedHead('<main></main>')).toEqual({ head: '', rest: '<main></main>' });
});

it('writes state that cannot close its <script> element, open a comment or end a line', () => {
  const state = { title: '</script><script>alert(1)</script><!-- & -->\u2028\u2029' };
  const json = jsonForHtml(state);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(state);
});

it('links the stylesheets and preloads the scripts of the rendered page chunks, less what index.html links', () => {
  const manifest = {
    'index.html': { file: 'assets/main.js', imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    '_format.js': { file: 'assets/format.js', imports: ['_react.js'] },
    'src/articles/ArticlePage.tsx': {
      file: 'assets/ArticlePage.js',
      css: ['assets/ArticlePage.css'],
      imports: ['index.html', '_react.js', '_format.js'],
    },
  };
  expect(chunkLinks(manifest, ['src/articles/ArticlePage.tsx'])).toBe(
    '<link rel="stylesheet" crossorigin href="/assets/ArticlePage.css">' +
      '<link rel="modulepreload" crossorigin href="/assets/ArticlePage.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/format.js">',
  );
  expect(chunkLinks(manifest, [])).toBe('');
});

it('on a page of islands, preloads only the islands’ boot but still links the page chunk’s stylesheet (ADR 028)', () => {
  const manifest = {
    'index.html': { file: 'assets/main.js', imports: ['_helper.js'] },
    '_helper.js': { file: 'assets/helper.js' },
    '_react.js': { file: 'assets/react.js' },
    '_apollo.js': { file: 'assets/apollo.js' },
    'src/app/islands/bootIslands.ts': { file: 'assets/bootIslands.js', imports: ['index.html', '_helper.js', '_mark.js'] },
    '_mark.js': { file: 'assets/mark.js' },
    'src/articles/ArticlePage.tsx': {
      file: 'assets/ArticlePage.js',
      css: ['assets/ArticlePage.css'],
      imports: ['index.html', '_react.js', '_apollo.js'],
    },
  };
  expect(chunkLinks(manifest, ['src/articles/ArticlePage.tsx'], ['src/app/islands/bootIslands.ts'])).toBe(
    '<link rel="stylesheet" crossorigin href="/assets/ArticlePage.css">' +
      '<link rel="modulepreload" crossorigin href="/assets/bootIslands.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/mark.js">',
  );
});

it('renders reader pages when the web app and its server renderer are built, never the desk', () => {
  const web = mkdtempSync(path.join(os.tmpdir(), 'newsroom-web-'));
  try {
    const dist = path.join(web, 'dist');
    expect(createPageRenderer(dist).renders('/article/a')).toBe(false); // nothing built yet
    mkdirSync(path.join(dist, '.vite'), { recursive: true });
    mkdirSync(path.join(web, 'dist-ssr'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<html lang="en"><head><title>Newsroom</title></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
    writeFileSync(path.join(web, 'dist-ssr', 'renderPage.js'), 'export {};');
    const pages = createPageRenderer(dist);
    expect(['/', '/article/a', '/tag/rail', '/nowhere'].map(pages.renders)).toEqual([true, true, true, true]);
    expect(['/desk', '/desk/articles'].map(pages.renders)).toEqual([false, false]);
  } finally {
    rmSync(web, { recursive: true, force: true });
  }
});

it("runs the page's operations through the input checks every door applies", async () => {
  const web = mkdtempSync(path.join(os.tmpdir(), 'newsroom-web-'));
  try {
    const dist = path.join(web, 'dist');
    mkdirSync(path.join(dist, '.vite'), { recursive: true });
    mkdirSync(path.join(web, 'dist-ssr'));
    writeFileSync(path.join(dist, 'index.html'), '<html><body><div id="root"></div></body></html>');
    writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
    // A renderer that asks for a slug with a NUL in it (from a URL like /article/a%00) and prints the answer.
    writeFileSync(
      path.join(web, 'dist-ssr', 'renderPage.js'),
      `export async function renderPage(url, site, execute) {
        const answer = await execute({ query: 'query($slug: String!) { article(slug: $slug) { id } }', variables: { slug: 'a\\u0000' } });
        return { html: JSON.stringify(answer), state: {}, status: 200, modules: [] };
      }`,
    );
    const apollo = { executeOperation: vi.fn() } as unknown as ApolloServer<Context>;
    let html = '';
    const response = { writeHead: () => response, end: (body: Buffer | string) => (html = String(body)) } as unknown as ServerResponse;
    const request = { headers: {}, method: 'GET' } as IncomingMessage;
    await createPageRenderer(dist).render(request, response, new URL('http://localhost/article/a'), {
      apollo,
      context: {} as Context,
      origin: 'http://localhost',
      limits: defaultLimits,
      edition: 'EN',
      timeZone: 'UTC',
    });
    expect(apollo.executeOperation).not.toHaveBeenCalled();
    expect(html).toContain('BAD_USER_INPUT');
  } finally {
    rmSync(web, { recursive: true, force: true });
  }
});
