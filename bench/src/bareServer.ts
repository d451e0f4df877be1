// The ceiling: a bare node:http server in its own process answering fixed bytes from
// memory — what this machine can do with no GraphQL and no database at all.
import { spawn } from 'node:child_process';

export async function startBareServer(body: string, port: number): Promise<{ url: string; stop(): void }> {
  const script = `
    const body = Buffer.from(process.env.BODY);
    require('node:http').createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        response.end(body);
      });
    }).listen(${port}, '127.0.0.1', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
