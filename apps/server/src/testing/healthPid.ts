// Which process answered /healthz (it names its pid): how tests and the bench tell the
// workers of one port apart (WEB_CONCURRENCY, ADR 037). A fresh connection each time
// (agent: false), so the kernel may hand it to any worker.
import http from 'node:http';

export function healthPid(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/healthz`, { agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve((JSON.parse(body) as { pid: number }).pid));
      })
      .on('error', reject);
  });
}
