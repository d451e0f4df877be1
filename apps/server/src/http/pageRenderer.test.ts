import { expect, it } from 'vitest';
import { chunkLinks, jsonForHtml, splitHoistedHead } from './pageRenderer';

it('lifts the title, meta and link elements React sends first into the head', () => {
  const body = '<link rel="preload" as="image" href="/a.svg"/><title>A — Newsroom</title><meta name="description" content="x"/><header><title>not hoisted</title></header>';
  expect(splitHoistedHead(body)).toEqual({
    head: '<link rel="preload" as="image" href="/a.svg"/><title>A — Newsroom</title><meta name="description" content="x"/>',
    rest: '<header><title>not hoisted</title></header>',
  });
  expect(splitHoistedHead('<main></main>')).toEqual({ head: '', rest: '<main></main>' });
});

it('writes state that cannot close its <script> element or open a comment', () => {
  const state = { title: '</script><script>alert(1)</script><!-- & -->' };
  const json = jsonForHtml(state);
  expect(json).not.toMatch(/[<>&]/);
  expect(JSON.parse(json)).toEqual(state);
});

it('links the stylesheets and preloads the scripts of the rendered page chunks, less what index.html links', () => {
  const manifest = {
    'index.html': { file: 'assets/main.js', imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    '_format.js': { file: 'assets/format.js', imports: ['_react.js'] },
    'src/articles/ArticlePage.tsx': { file: 'assets/ArticlePage.js', css: ['assets/ArticlePage.css'], imports: ['index.html', '_react.js', '_format.js'] },
  };
  expect(chunkLinks(manifest, ['src/articles/ArticlePage.tsx'])).toBe(
    '<link rel="stylesheet" crossorigin href="/assets/ArticlePage.css">' +
      '<link rel="modulepreload" crossorigin href="/assets/ArticlePage.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/format.js">',
  );
  expect(chunkLinks(manifest, [])).toBe('');
});
