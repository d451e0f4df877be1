// nginx (Debian's package) in front of Newsroom processes, configured by the committed
// deploy/nginx.conf, for the shared-cache test and the benchmark: in the foreground, with
// its own state directory and port, as root or not.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const nginxBinary = process.env.NGINX_BINARY ?? '/usr/sbin/nginx';
const template = fileURLToPath(new URL('../../../../deploy/nginx.conf', import.meta.url));

export interface NginxProxy {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** A port free at the moment of asking. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** deploy/nginx.conf with its placeholders filled in. */
export function nginxConfig({ listen, upstreams, stateDir }: { listen: string; upstreams: string[]; stateDir: string }): string {
  return readFileSync(template, 'utf8')
    .replaceAll('{{LISTEN}}', listen)
    .replaceAll('{{UPSTREAMS}}', upstreams.map((upstream) => `server ${upstream};`).join(' '))
    .replaceAll('{{STATE_DIR}}', stateDir);
}

/**
 * Starts nginx in front of `upstreams` (host:port each) on `port` (by default one free now);
 * resolves once it accepts connections.
 */
export async function startNginx(upstreams: string[], port?: number): Promise<NginxProxy> {
  if (!existsSync(nginxBinary)) throw new Error(`nginx is not installed at ${nginxBinary} (apt-get install nginx)`);
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-nginx-'));
  port ??= await freePort();
  const conf = path.join(stateDir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ listen: `127.0.0.1:${port}`, upstreams, stateDir }));
  // As root, nginx's workers would switch to `nobody`, who cannot write the state directory.
  const globals = `daemon off;${process.getuid?.() === 0 ? ' user root;' : ''}`;
  const child = spawn(nginxBinary, ['-p', stateDir, '-e', 'stderr', '-c', conf, '-g', globals], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (attempt > 200) throw new Error(`nginx did not listen on ${port}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT'); // graceful
        await exited;
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
