// `pnpm start`: build what changed (ADR 031), then run the server bundle in this process.
// In this process rather than a child: Ctrl+C and a service manager's SIGTERM reach the
// server's own handlers (graceful shutdown, exit 0) with no one in between to relay them.
// The root package.json `exec`s this script, so the shell pnpm runs it in does not stay
// behind to die of the same Ctrl+C and make pnpm report "ELIFECYCLE Command failed".
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureAllBuilt, repoRoot } from './buildFreshness.mjs';

const buildOnStart = process.env.BUILD_ON_START ?? 'true';
if (!['true', '1', 'false', '0'].includes(buildOnStart)) {
  console.error(`[start] BUILD_ON_START must be true or false, not "${buildOnStart}".`);
  process.exit(1);
}
if (buildOnStart === 'true' || buildOnStart === '1') {
  try {
    await ensureAllBuilt();
  } catch (error) {
    console.error(`[start] the build failed, so the server was not started: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

const serverEntry = path.join(repoRoot, 'apps/server/dist/main.js');
try {
  await access(serverEntry);
} catch {
  console.error(`[start] there is no server build at ${serverEntry}: run pnpm build (or start without BUILD_ON_START=false).`);
  process.exit(1);
}
// What `NODE_ENV=production node --enable-source-maps dist/main.js` would set.
process.env.NODE_ENV = 'production';
process.setSourceMapsEnabled(true);
await import(pathToFileURL(serverEntry).href);
