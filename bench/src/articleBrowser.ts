// `pnpm --filter @newsroom/bench browser [runs]`: only the browser phase of `pnpm bench`,
// against the production build (run `pnpm build` first): the gzipped JavaScript the article
// route loads before interaction, and Lighthouse's mobile audit (`runs` times, default 3,
// median reported, FCP included). For measuring the browser side without the load phases;
// BENCH_PORT_BASE moves its port (base + 20, as in the full bench).
import { articleRouteJavaScript, runLighthouse } from './browser';
import { startServer } from './serverProcess';

const runs = Number(process.argv[2] ?? 3);
const port = Number(process.env.BENCH_PORT_BASE || 4600) + 20;
const server = await startServer(
  { COOKIE_SECRET: 'bench-cookie-secret-0123456789abcdef0123456789', DATA_DIR: 'memory://', DATABASE_URL: '' },
  port,
);
try {
  const url = `${server.url}/article/kestrel-bridge-reopens-after-repairs`;
  const javascript = await articleRouteJavaScript(url);
  const lighthouse = await runLighthouse(url, runs);
  console.log(JSON.stringify({ javascript, lighthouse }, null, 2));
} finally {
  await server.stop();
}
