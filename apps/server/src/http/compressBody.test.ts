import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { chooseEncoding, compressBody } from './compressBody';

it('prefers brotli, then gzip, and honours q=0', () => {
  expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
  expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
  expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
  expect(chooseEncoding('*')).toBe('br');
  expect(chooseEncoding(undefined)).toBe('identity');
});

it('compresses to what the chosen encoding decodes back', () => {
  const page = '<p>Old Kestrel Bridge reopens</p>'.repeat(200);
  expect(brotliDecompressSync(compressBody(page, 'br')).toString()).toBe(page);
  expect(gunzipSync(compressBody(page, 'gzip')).toString()).toBe(page);
  expect(compressBody(page, 'br').length).toBeLessThan(page.length / 10);
  expect(compressBody(page, 'identity').toString()).toBe(page);
});
