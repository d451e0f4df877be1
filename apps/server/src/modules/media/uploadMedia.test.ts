// POST /media and GET /media/<id>/<file> through the real server: what is taken (variants
// made, by their magic bytes), what is refused and how, EXIF stripped, orientation applied,
// the same file twice, and serving with cache headers and ETag (ADR 018).
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectPictureType } from '@newsroom/db/media/pictureVariants';
import { mediaLimits } from '@newsroom/rules/limits';
import { createUser, issueApiToken } from '../auth/authService';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
let moderatorToken: string;
let editorCookie: string;
beforeAll(async () => {
  server = await startTestServer();
  const moderator = await createUser(server.db, {
    login: 'mod',
    displayName: 'Mod',
    role: 'moderator',
    password: 'a long enough password',
  });
  moderatorToken = (await issueApiToken(server.db, moderator.id, 'mod')).token;
  await createUser(server.db, { login: 'ed', displayName: 'Ed', role: 'editor', password: 'a long enough password' });
  const client = server.client();
  const signedIn = await client.query(`mutation { signIn(input: { login: "ed", password: "a long enough password" }) { __typename } }`);
  expect(signedIn.data!.signIn.__typename).toBe('SignInSuccess');
  editorCookie = client.cookie()!;
});
afterAll(() => server?.close());

/** A photo-like picture (noise, so the encoders have work to do) of the given size. */
async function photo(width: number, height: number, seed = 1) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + seed * 104729 + (i >> 9) * 31) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(2);
}

interface Upload {
  body?: Buffer | string;
  alt?: string | null;
  caption?: string;
  headers?: Record<string, string>;
  token?: string | null;
}

async function upload({ body, alt = 'A test picture', caption, headers = {}, token = testEditorToken }: Upload) {
  const query = new URLSearchParams();
  if (alt !== null) query.set('alt', alt);
  if (caption) query.set('caption', caption);
  const response = await fetch(`${server.url}/media?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'image/jpeg', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  return { status: response.status, json: (await response.json()) as any };
}

/** A real HEVC-coded HEIC, 451×461 after its clean-aperture crop (src/testing/fixtures/README.md). */
const heicFixture = () => readFileSync(new URL('../../testing/fixtures/rainbow-451x461.heic', import.meta.url));

const fileOf = async (url: string, headers: Record<string, string> = {}) => fetch(`${server.url}${url}`, { headers });

describe('POST /media', () => {
  it('makes AVIF, WebP and JPEG variants at the widths the picture covers, the OG card and a placeholder', async () => {
    const jpeg = await (await photo(1000, 750)).jpeg().toBuffer();
    const { status, json } = await upload({ body: jpeg, alt: 'Boats on the river', caption: 'Morning ferry' });
    expect(status).toBe(201);
    const { media } = json;
    expect(media).toMatchObject({
      alt: 'Boats on the river',
      caption: 'Morning ferry',
      credit: '',
      width: 1000,
      height: 750,
      existing: false,
    });
    expect(media.placeholder).toMatch(/^data:image\/webp;base64,/);
    const sizes = media.variants.map((variant: any) => `${variant.format}-${variant.width}x${variant.height}`).sort();
    expect(sizes).toEqual(
      ['AVIF', 'WEBP', 'JPEG']
        .flatMap((format) => [`${format}-320x240`, `${format}-640x480`, `${format}-960x720`])
        .concat('OG-1200x630')
        .sort(),
    );
    expect(media.url).toBe(media.variants.find((variant: any) => variant.format === 'JPEG' && variant.width === 960).url);
    for (const variant of media.variants) {
      const response = await fileOf(variant.url);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(detectPictureType(bytes)).toBe({ AVIF: 'avif', WEBP: 'webp', JPEG: 'jpeg', OG: 'jpeg' }[variant.format as string]);
      const metadata = await sharp(bytes).metadata();
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
    }
  });

  it('makes one variant of each format at the picture’s own width when it is narrower than 320', async () => {
    const png = await (await photo(200, 100, 2)).png().toBuffer();
    const { status, json } = await upload({ body: png, headers: { 'content-type': 'image/png' } });
    expect(status).toBe(201);
    expect(json.media.variants.filter((variant: any) => variant.format !== 'OG').map((variant: any) => variant.width)).toEqual([
      200, 200, 200,
    ]);
  });

  it('accepts WebP and AVIF by their bytes, whatever the Content-Type says', async () => {
    for (const encode of [(image: Sharp) => image.webp(), (image: Sharp) => image.avif({ effort: 0 })]) {
      const bytes = await encode(await photo(400, 300, 3 + Math.random())).toBuffer();
      expect((await upload({ body: bytes, headers: { 'content-type': 'image/gif' } })).status).toBe(201);
    }
  });

  it('answers the same file uploaded twice with the picture it already has', async () => {
    const jpeg = await (await photo(500, 400, 9)).jpeg().toBuffer();
    const first = await upload({ body: jpeg, alt: 'First' });
    const second = await upload({ body: jpeg, alt: 'Second' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json.media).toMatchObject({ id: first.json.media.id, alt: 'First', existing: true });
  });

  it('strips EXIF, GPS position included, from every variant', async () => {
    const jpeg = await (
      await photo(700, 500, 4)
    )
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'Secret Photographer' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 37/1 0/1' },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const { json } = await upload({ body: jpeg });
    for (const variant of json.media.variants) {
      const bytes = Buffer.from(await (await fileOf(variant.url)).arrayBuffer());
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
      expect(bytes.includes('Secret Photographer')).toBe(false);
      expect(bytes.includes('Exif\0')).toBe(false);
    }
  });

  it('takes a HEIC photo (HEVC, decoded in WebAssembly) and makes the same variants', async () => {
    const { status, json } = await upload({ body: heicFixture(), headers: { 'content-type': 'image/heic' } });
    expect(status).toBe(201);
    expect(json.media).toMatchObject({ width: 451, height: 461, existing: false });
    expect(json.media.placeholder).toMatch(/^data:image\/webp;base64,/);
    const sizes = json.media.variants.map((variant: any) => `${variant.format}-${variant.width}x${variant.height}`).sort();
    expect(sizes).toEqual(
      ['AVIF', 'WEBP', 'JPEG']
        .map((format) => `${format}-320x327`)
        .concat('OG-1200x630')
        .sort(),
    );
    for (const variant of json.media.variants) {
      const bytes = Buffer.from(await (await fileOf(variant.url)).arrayBuffer());
      expect(detectPictureType(bytes)).toBe({ AVIF: 'avif', WEBP: 'webp', JPEG: 'jpeg', OG: 'jpeg' }[variant.format as string]);
      const metadata = await sharp(bytes).metadata();
      expect([metadata.width, metadata.height, metadata.exif]).toEqual([variant.width, variant.height, undefined]);
    }
    // The pixels are the picture's, not noise or black: the rainbow has colour.
    const jpeg = json.media.variants.find((variant: any) => variant.format === 'JPEG');
    const { channels } = await sharp(Buffer.from(await (await fileOf(jpeg.url)).arrayBuffer())).stats();
    expect(Math.max(...channels.map((channel) => channel.max - channel.min))).toBeGreaterThan(100);
  });

  it('turns a picture upright by its EXIF orientation (6: width and height swap)', async () => {
    const jpeg = await (await photo(800, 400, 5)).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { json } = await upload({ body: jpeg });
    expect([json.media.width, json.media.height]).toEqual([400, 800]);
    const jpeg320 = json.media.variants.find((variant: any) => variant.format === 'JPEG' && variant.width === 320);
    expect(jpeg320.height).toBe(640);
    const metadata = await sharp(Buffer.from(await (await fileOf(jpeg320.url)).arrayBuffer())).metadata();
    expect([metadata.width, metadata.height, metadata.orientation ?? 1]).toEqual([320, 640, 1]);
  });
});

describe('POST /media refuses', () => {
  it('SVG, which can carry script', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
    const { status, json } = await upload({ body: svg, headers: { 'content-type': 'image/svg+xml' } });
    expect(status).toBe(415);
    expect(json.errors[0].extensions.code).toBe('SVG_REFUSED');
  });

  it('a text file sent as a JPEG', async () => {
    const { status, json } = await upload({ body: 'just some words, not a picture at all', headers: { 'content-type': 'image/jpeg' } });
    expect(status).toBe(415);
    expect(json.errors[0]).toMatchObject({
      message: expect.stringContaining('JPEG, PNG, WebP or AVIF'),
      extensions: { code: 'UNSUPPORTED_TYPE' },
    });
  });

  it('a HEIC whose header declares 10000×10000 fast, without decoding it', async () => {
    const heic = heicFixture();
    // The fixture's ispe box (the coded size) at 1034, then its clap box (the crop to 451×461):
    // declare 10000×10000 and turn the crop into a free box, so the header says 100 megapixels.
    expect(heic.toString('latin1', 1038, 1042)).toBe('ispe');
    expect(heic.toString('latin1', 1058, 1062)).toBe('clap');
    heic.writeUInt32BE(10_000, 1046);
    heic.writeUInt32BE(10_000, 1050);
    heic.write('free', 1058, 'latin1');
    const started = Date.now();
    const { status, json } = await upload({ body: heic, headers: { 'content-type': 'image/heic' } });
    expect(status).toBe(422);
    expect(json.errors[0]).toMatchObject({ message: expect.stringContaining('10000×10000'), extensions: { code: 'TOO_MANY_PIXELS' } });
    expect(Date.now() - started).toBeLessThan(3000); // the first HEIC loads the decoder (about half a second)
  });

  it('a damaged HEIC (the ftyp box alone) as unreadable', async () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(100)]);
    const { status, json } = await upload({ body: heic, headers: { 'content-type': 'image/heic' } });
    expect(status).toBe(422);
    expect(json.errors[0].extensions.code).toBe('UNREADABLE_PICTURE');
  });

  it('a decompression bomb (a tiny PNG declaring 50000×50000) fast, without decoding it', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    // Rewrite IHDR's width and height, and its CRC so the header stays valid.
    png.writeUInt32BE(50_000, 16);
    png.writeUInt32BE(50_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    const started = Date.now();
    const { status, json } = await upload({ body: png, headers: { 'content-type': 'image/png' } });
    expect(status).toBe(422);
    expect(json.errors[0]).toMatchObject({ message: expect.stringContaining('50000×50000'), extensions: { code: 'TOO_MANY_PIXELS' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a body over 25 MB with 413, declared or not, without reading it all', async () => {
    const declared = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(`${server.url}/media?alt=x`, {
        method: 'POST',
        headers: {
          'content-type': 'image/jpeg',
          authorization: `Bearer ${testEditorToken}`,
          'content-length': String(mediaLimits.uploadBytes + 1),
        },
      });
      request.on('response', (response) => resolve(response.statusCode!));
      request.on('error', reject);
      request.write(Buffer.alloc(1024)); // the rest is never sent: the answer comes anyway
    });
    expect(declared).toBe(413);

    // Chunked, no length declared: refused once the 25 MB are passed, while the client is still sending.
    let sent = 0;
    const chunk = Buffer.alloc(1024 * 1024);
    const streamed = await new Promise<number | 'reset'>((resolve, reject) => {
      const request = httpRequest(`${server.url}/media?alt=x`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${testEditorToken}` },
      });
      request.on('response', (response) => resolve(response.statusCode!));
      // The server closes the connection a second after its answer; on a loaded machine the
      // reset may still overtake the answer while this client is busy writing. Either way the
      // upload was cut off, which `sent` below proves.
      request.on('error', () => resolve('reset'));
      const pump = () => {
        while (sent < 100 * chunk.length) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once('drain', pump);
        }
        reject(new Error('the whole 100 MB were taken'));
      };
      pump();
    });
    expect([413, 'reset']).toContain(streamed);
    expect(sent).toBeLessThan(60 * chunk.length);
  });

  it('an upload without alt text, or with alt text too long', async () => {
    const jpeg = await (await photo(100, 100, 6)).jpeg().toBuffer();
    const missing = await upload({ body: jpeg, alt: null });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].extensions).toEqual({ code: 'ALT_REQUIRED', field: 'alt' });
    expect((await upload({ body: jpeg, alt: '   ' })).json.errors[0].extensions.code).toBe('ALT_REQUIRED');
    const long = await upload({ body: jpeg, alt: 'a'.repeat(mediaLimits.altMax + 1) });
    expect(long.json.errors[0].extensions).toEqual({ code: 'ALT_TOO_LONG', field: 'alt', max: mediaLimits.altMax });
  });

  it('readers (401) and moderators (403)', async () => {
    const jpeg = await (await photo(100, 100, 7)).jpeg().toBuffer();
    const reader = await upload({ body: jpeg, token: null });
    expect(reader.status).toBe(401);
    expect(reader.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const moderator = await upload({ body: jpeg, token: moderatorToken });
    expect(moderator.status).toBe(403);
    expect(moderator.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a cross-site POST carrying the session cookie, while the site’s own is taken', async () => {
    const jpeg = await (await photo(120, 100, 8)).jpeg().toBuffer();
    // A form on another site can send multipart/form-data or text/plain without a preflight.
    for (const contentType of ['multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded']) {
      const refused = await upload({ body: jpeg, token: null, headers: { cookie: editorCookie, 'content-type': contentType } });
      expect(refused.status).toBe(415);
    }
    const crossSite = await upload({ body: jpeg, token: null, headers: { cookie: editorCookie, origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.errors[0].extensions.code).toBe('CSRF_REFUSED');
    expect((await upload({ body: jpeg, token: null, headers: { cookie: editorCookie, origin: 'null' } })).status).toBe(403);
    const ownSite = await upload({ body: jpeg, token: null, headers: { cookie: editorCookie, origin: server.url } });
    expect(ownSite.status).toBe(201);
    const asPublished = await upload({
      body: jpeg,
      token: null,
      headers: { cookie: editorCookie, origin: new URL(server.config.publicUrl).origin },
    });
    expect(asPublished.status).toBe(200);
  });
});

describe('GET /media/<id>/<file>', () => {
  it('serves a variant for a year with a strong ETag, 304 when it matches, 404 for unknown ones', async () => {
    const jpeg = await (await photo(400, 300, 10)).jpeg().toBuffer();
    const { json } = await upload({ body: jpeg });
    const webp = json.media.variants.find((variant: any) => variant.format === 'WEBP');
    const response = await fileOf(webp.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Number(response.headers.get('content-length'))).toBe((await response.arrayBuffer()).byteLength);

    const again = await fileOf(webp.url, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);

    expect((await fileOf('/media/999999/webp-320.webp')).status).toBe(404);
    expect((await fileOf(webp.url.replace('.webp', '.jpg'))).status).toBe(404);
  });
});
