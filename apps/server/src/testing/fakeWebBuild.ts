// A web build on disk with a server renderer of the test's own (the real one needs `pnpm
// build`): enough for the page door to render reader pages through the real server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes index.html, an empty manifest and `dist-ssr/renderPage.js` exporting
 * `renderPage(url, site, execute)` (site: `{ origin, limits }`) with `renderSource` as its body; returns the dist
 * directory (Config.webDist) and how to remove it all.
 */
export function writeFakeWebBuild(renderSource: string): { webDist: string; remove(): void } {
  const web = mkdtempSync(path.join(os.tmpdir(), 'newsroom-web-'));
  const webDist = path.join(web, 'dist');
  mkdirSync(path.join(webDist, '.vite'), { recursive: true });
  mkdirSync(path.join(web, 'dist-ssr'));
  writeFileSync(
    path.join(webDist, 'index.html'),
    '<html lang="en"><head><title>Newsroom</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(webDist, '.vite', 'manifest.json'), '{}');
  writeFileSync(
    path.join(web, 'dist-ssr', 'renderPage.js'),
    `export async function renderPage(url, site, execute) {\n${renderSource}\n}\n`,
  );
  return { webDist, remove: () => rmSync(web, { recursive: true, force: true }) };
}
