// `pnpm build`: the web app and the server bundle, each only if its inputs changed since its
// last successful build (ADR 031); `pnpm build --force` builds both regardless.
import { ensureAllBuilt } from './buildFreshness.mjs';

await ensureAllBuilt({ force: process.argv.includes('--force') });
