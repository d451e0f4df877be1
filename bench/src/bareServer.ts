// The ceiling: a bare node:http server in its own process answering fixed bytes from
// memory — what this machine can do with no GraphQL and no database at all. It is sent the
// very requests our server is sent and answers each with the bytes our server answered it
// with, so a ratio against it compares the same work on the wire: same request, same
// response (a larger answer or request costs node:http more, whoever sends it).
import { spawn } from 'node:child_process';

/**
 * `answers`: the response body for each request body. Any other request gets a 404.
 * `port` 0 takes any free port.
 */
export async function startBareServer(answers: Map<string, string>, port: number): Promise<{ url: string; stop(): void }> {
  // The answers arrive on stdin: as an environment variable, a few dozen article pages
  // exceed the kernel's limit on one (E2BIG).
  const script = `
    let input = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => (input += chunk));
    process.stdin.on('end', () => {
    const answers = new Map(JSON.parse(input).map(([request, body]) => [request, Buffer.from(body)]));
    const server = require('node:http').createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        const body = answers.get(text);
        if (!body) return response.writeHead(404).end();
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        response.end(body);
      });
    });
    server.listen(${port}, '127.0.0.1', () => console.log(server.address().port));
    });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin!.end(JSON.stringify([...answers]));
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  const listening = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk) => resolve(String(chunk).trim())));
  return { url: `http://127.0.0.1:${listening}`, stop: () => child.kill() };
}
