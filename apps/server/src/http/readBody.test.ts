import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import { BodyTooLargeError, readBody } from './readBody';

// A request stream as node:http hands it over: a readable with headers.
function requestOf(headers: Record<string, string> = {}) {
  return Object.assign(new PassThrough(), { headers }) as PassThrough & IncomingMessage;
}

it('joins a body sent in chunks, with a character split between two of them', async () => {
  const request = requestOf();
  const reading = readBody(request, 100);
  const text = Buffer.from('{"q":"café"}');
  request.write(text.subarray(0, 10)); // the two bytes of "é" straddle the chunks
  request.end(text.subarray(10));
  await expect(reading).resolves.toBe('{"q":"café"}');
});

it('refuses a body declared over the limit before reading it', async () => {
  await expect(readBody(requestOf({ 'content-length': '101' }), 100)).rejects.toBeInstanceOf(BodyTooLargeError);
});

it('refuses a chunked body as soon as it passes the limit', async () => {
  const request = requestOf();
  const reading = readBody(request, 10);
  request.write('x'.repeat(6));
  request.write('x'.repeat(6));
  await expect(reading).rejects.toBeInstanceOf(BodyTooLargeError);
});

it('fails when the client hangs up before the body ends', async () => {
  const request = requestOf();
  const reading = readBody(request, 100);
  request.write('{"query":');
  request.destroy();
  await expect(reading).rejects.toThrow(/closed before its body ended/);
});
