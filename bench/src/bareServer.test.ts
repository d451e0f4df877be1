import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBareServer } from './bareServer';

let ceiling: Awaited<ReturnType<typeof startBareServer>>;
beforeAll(async () => {
  ceiling = await startBareServer(
    new Map([
      ['{"query":"a"}', '{"data":{"a":1}}'],
      ['{"query":"b"}', '{"data":{"b":"ü"}}'],
    ]),
    0,
  );
});
afterAll(() => ceiling.stop());

describe('the bare node:http ceiling', () => {
  const post = (body: string) => fetch(`${ceiling.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers each request with the bytes our server answered it with', async () => {
    const a = await post('{"query":"a"}');
    expect(a.status).toBe(200);
    expect(await a.text()).toBe('{"data":{"a":1}}');
    const b = await post('{"query":"b"}');
    expect(b.headers.get('content-length')).toBe(String(Buffer.byteLength('{"data":{"b":"ü"}}')));
    expect(await b.text()).toBe('{"data":{"b":"ü"}}');
  });

  it('refuses a request it was not given, so a scenario cannot measure the wrong answer', async () => {
    expect((await post('{"query":"c"}')).status).toBe(404);
  });
});
