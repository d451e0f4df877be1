// Turns an uploaded picture into the files the site serves (ADR 018): the type is read
// from the bytes (never the name or the client's Content-Type), the size from the header
// before anything is decoded (a decompression bomb is refused unopened), then the picture
// is decoded once, turned upright (EXIF orientation), and re-encoded as AVIF, WebP and JPEG
// at the widths of `mediaLimits.widths`, a 1200×630 JPEG for social cards and a tiny blurred
// placeholder. sharp writes no metadata unless asked, so EXIF (GPS included) is gone.
// HEIC (iPhone photos, HEVC-coded) is decoded by libheif in WebAssembly (heic-decode), since
// sharp's prebuilt libvips cannot; its pixels then take the same way as every other picture.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- heic-decode has no types; an ambient declaration cannot be imported
/// <reference path="./heicDecode.d.ts" />
import { createHash } from 'node:crypto';
import type { default as SharpFunction, Metadata, OutputInfo, Sharp, SharpOptions } from 'sharp';
import { mediaLimits } from '@newsroom/rules/limits';

export type PictureType = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'svg' | 'gif' | 'unknown';
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'og';

export interface PictureVariant {
  format: VariantFormat;
  width: number;
  height: number;
  contentType: string;
  bytes: Buffer;
  /** A strong ETag: the SHA-256 of the bytes, quoted. */
  etag: string;
}

export interface ProcessedPicture {
  sha256: string;
  width: number;
  height: number;
  placeholder: string;
  variants: PictureVariant[];
}

/** Why a file is refused; `code` is the stable name, `message` says what to do. */
export class PictureRefused extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_TYPE' | 'SVG_REFUSED' | 'TOO_MANY_PIXELS' | 'UNREADABLE_PICTURE',
    message: string,
  ) {
    super(message);
  }
}

export const contentTypes: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', og: 'image/jpeg' };
export const extensions: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', og: 'jpg' };

/** What the bytes are, by their magic numbers. */
export function detectPictureType(bytes: Uint8Array): PictureType {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(4, 8) === 'ftyp') {
    // The major brand, then the compatible brands of the ftyp box.
    const boxSize = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0);
    const brands = [ascii(8, 12)];
    for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length, 64); offset += 4) brands.push(ascii(offset, offset + 4));
    if (brands[0] === 'avif' || brands[0] === 'avis') return 'avif';
    if (brands.some((brand) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand))) return 'heic';
    if (brands.includes('avif')) return 'avif';
    return 'unknown';
  }
  const head = Buffer.from(bytes.subarray(0, 1024))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<') && head.includes('<svg')) return 'svg';
  return 'unknown';
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The widths a picture `width` pixels wide gets: the standard ones it covers, at least one. */
export function variantWidths(width: number): number[] {
  const widths = mediaLimits.widths.filter((candidate) => candidate <= width);
  return widths.length ? widths : [width];
}

/**
 * Encoder settings, measured on a 12-megapixel photo (ADR 018): AVIF at effort 2 is about
 * four times faster than the default 4 for a few per cent more bytes.
 */
const encoders = {
  avif: (image: Sharp, effort: number) => image.avif({ quality: 50, effort }),
  webp: (image: Sharp, _effort: number) => image.webp({ quality: 75, effort: 3 }),
  jpeg: (image: Sharp, _effort: number) => image.jpeg({ quality: 78, mozjpeg: true, progressive: true }),
};

/** Checks an uploaded file and makes its variants; throws PictureRefused for what it will not take. */
export async function processUpload(bytes: Buffer): Promise<ProcessedPicture> {
  const type = detectPictureType(bytes);
  if (type === 'svg')
    throw new PictureRefused('SVG_REFUSED', 'SVG pictures are refused: an SVG file can carry script. Upload a JPEG, PNG, WebP or AVIF.');
  if (type === 'unknown' || type === 'gif') {
    throw new PictureRefused('UNSUPPORTED_TYPE', 'This file is not a picture the library takes. Upload a JPEG, PNG, WebP or AVIF.');
  }
  if (type === 'heic') {
    const { data, width, height } = await decodeHeic(bytes);
    return processPicture(data, { sha256: sha256(bytes), raw: { width, height, channels: 4 } });
  }
  return processPicture(bytes, { sha256: sha256(bytes) });
}

const unreadable = () => new PictureRefused('UNREADABLE_PICTURE', 'The picture could not be read; the file may be damaged.');

/** Refuses a picture whose header declares more than `mediaLimits.maxPixels`. */
export function checkPixelCount(width: number, height: number): void {
  if (width * height > mediaLimits.maxPixels) {
    throw new PictureRefused(
      'TOO_MANY_PIXELS',
      `The picture is ${width}×${height} pixels; at most ${mediaLimits.maxPixels / 1_000_000} megapixels are taken. Make it smaller and upload it again.`,
    );
  }
}

/**
 * Decodes a HEIC file's first top-level image (an iPhone photo's only one) to RGBA with
 * libheif compiled to WebAssembly (heic-decode; the module, 2 MB with its WebAssembly inlined,
 * is loaded on the first HEIC only). sharp's pixel limit does not reach in here, so the size
 * the header declares is checked before a pixel is decoded: libheif's parse reads the boxes
 * only, and a decompression bomb is refused unopened like any other.
 *
 * libheif applies the HEIF transforms (clap crop, irot rotation, imir mirror) while
 * decoding, so the pixels come out upright and the width and height are those of the upright
 * picture. Raw pixels carry no metadata: the EXIF block (GPS position included) is not
 * carried over, and neither is an ICC profile (the pixels are taken as sRGB).
 */
async function decodeHeic(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { default: decode } = await import('heic-decode');
  let images: Awaited<ReturnType<typeof decode.all>>;
  try {
    images = await decode.all({ buffer: bytes });
  } catch {
    throw unreadable();
  }
  try {
    const image = images[0];
    if (!image?.width || !image.height) throw unreadable();
    checkPixelCount(image.width, image.height);
    let decoded: Awaited<ReturnType<typeof image.decode>>;
    try {
      decoded = await image.decode();
    } catch {
      throw unreadable();
    }
    if (decoded.data.byteLength !== image.width * image.height * 4) throw unreadable();
    return {
      data: Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength),
      width: image.width,
      height: image.height,
    };
  } finally {
    images.dispose();
  }
}

/**
 * sharp (libvips, a native add-on) is loaded with the first picture, not with the server:
 * loading it took 120–250 ms of every start-up, and most starts process no picture.
 */
let sharpModule: Promise<{ default: typeof SharpFunction }> | undefined;
const loadSharp = () => (sharpModule ??= import('sharp'));

/**
 * Makes the variants of a picture sharp can read (an upload that passed processUpload's
 * checks, or a sample drawing rendered at seed time: `density` for SVG).
 */
export async function processPicture(
  input: Buffer,
  {
    sha256: digest,
    density,
    raw: rawInput,
    avifEffort = 2,
  }: { sha256: string; density?: number; raw?: { width: number; height: number; channels: 4 }; avifEffort?: number },
): Promise<ProcessedPicture> {
  const { default: sharp } = await loadSharp();
  const options: SharpOptions = {
    limitInputPixels: mediaLimits.maxPixels,
    failOn: 'error',
    ...(density ? { density } : {}),
    ...(rawInput ? { raw: rawInput } : {}),
  };
  let metadata: Metadata;
  try {
    // Reads the header only: nothing is decoded yet, so no pixel limit is needed here (one
    // would turn "too many pixels" into "unreadable"); the decoding below has it.
    metadata = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new PictureRefused('UNREADABLE_PICTURE', 'The picture could not be read; the file may be damaged.');
  }
  if (!metadata.width || !metadata.height) throw unreadable();
  checkPixelCount(metadata.width, metadata.height);

  // Decode once, upright, no wider than the widest variant; every variant starts from these pixels.
  const widest = mediaLimits.widths[mediaLimits.widths.length - 1]!;
  let upright: { data: Buffer; info: OutputInfo };
  try {
    upright = await sharp(input, options)
      .rotate()
      .resize({ width: widest, withoutEnlargement: true })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new PictureRefused('UNREADABLE_PICTURE', 'The picture could not be read; the file may be damaged.');
  }
  // The upright picture's full size (orientation 5–8 swaps width and height).
  const swapped = (metadata.orientation ?? 1) >= 5;
  const width = swapped ? metadata.height : metadata.width;
  const height = swapped ? metadata.width : metadata.height;
  const raw = { raw: { width: upright.info.width, height: upright.info.height, channels: upright.info.channels } } as const;
  const from = () => sharp(upright.data, raw);
  const opaque = (image: Sharp) => image.flatten({ background: '#ffffff' });

  const variants: PictureVariant[] = [];
  const add = (format: VariantFormat, info: OutputInfo, bytes: Buffer) =>
    variants.push({ format, width: info.width, height: info.height, contentType: contentTypes[format], bytes, etag: `"${sha256(bytes)}"` });

  for (const target of variantWidths(width)) {
    const resized = async () =>
      await from()
        .resize({ width: Math.min(target, upright.info.width) })
        .raw()
        .toBuffer({ resolveWithObject: true });
    const pixels = await resized();
    const base = () =>
      sharp(pixels.data, { raw: { width: pixels.info.width, height: pixels.info.height, channels: pixels.info.channels } });
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      const image = format === 'jpeg' ? opaque(base()) : base();
      const { data, info } = await encoders[format](image, avifEffort).toBuffer({ resolveWithObject: true });
      add(format, info, data);
    }
  }
  const og = await opaque(from())
    .resize({ width: mediaLimits.og.width, height: mediaLimits.og.height, fit: 'cover', position: 'attention' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  add('og', og.info, og.data);

  const tiny = await opaque(from()).resize({ width: 16 }).blur(1).webp({ quality: 40 }).toBuffer();
  return { sha256: digest, width, height, placeholder: `data:image/webp;base64,${tiny.toString('base64')}`, variants };
}
