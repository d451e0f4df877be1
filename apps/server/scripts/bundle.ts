// `pnpm --filter @newsroom/server bundle`: writes dist/, which `pnpm start` runs (ADR 008).
import { bundleServer } from './bundleServer';

await bundleServer('dist');
