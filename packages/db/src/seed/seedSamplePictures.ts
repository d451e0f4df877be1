// The sample articles keep their SVG drawings, and get raster pictures made from them
// (ADR 018): social networks show no SVG in a link's card, and the article pages show
// <picture> with AVIF and WebP like any uploaded photo. Rendering 22 drawings into every
// variant takes some 9 s of CPU, so it never holds up start-up: the server runs this after
// it listens, and what is rendered is kept in a content-addressed cache in the system's
// temporary directory, shared by every fresh data directory and test database on the
// machine (then it takes well under a second). Safe to run from several processes at once:
// a picture is one row per SHA-256, and only articles still without one are pointed at it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { and, eq, isNull, like } from 'drizzle-orm';
import type { Database } from '../openDatabase';
import { articles } from '../schema';
import { processPicture, type ProcessedPicture } from '../media/pictureVariants';
import { storePicture } from '../media/storePicture';
import { sampleArticles } from './sampleContent';

/** Where the drawings are: the web app's public files (served at /images/sample/). */
export const sampleDrawingsDir = fileURLToPath(new URL('../../../../apps/web/public/images/sample/', import.meta.url));

/**
 * Alt text of each drawing: what it shows, for readers who cannot see it. The captions under
 * the pictures stay the articles' own (in each article's language).
 */
const drawingAlt: Record<string, string> = {
  'bakery.svg': 'Drawing of a bakery shop front with a heat pump unit on the wall.',
  'city-trees.svg': 'Drawing of young lime trees along a city street.',
  'comet.svg': 'Drawing of a comet with a long tail in the night sky above a ridge.',
  'cranes.svg': 'Drawing of a flock of cranes flying over marshland at dusk.',
  'cycle-lane.svg': 'Drawing of a riverside cycle lane beside a street.',
  'depot-concert.svg': 'Drawing of a lit brick engine shed on a winter evening.',
  'ferry.svg': 'Drawing of an electric ferry at a landing stage.',
  'flood-barrier.svg': 'Drawing of a river flood barrier with six lowered gates.',
  'folk-festival.svg': 'Drawing of a festival stage on an embankment.',
  'footbridge.svg': 'Drawing of a footbridge over a river in the evening.',
  'kestrel-bridge.svg': 'Drawing of an old stone bridge in the morning light.',
  'library.svg': 'Drawing of a modern library building on a square.',
  'meteors.svg': 'Drawing of meteors streaking over a lake at night.',
  'old-map.svg': 'Drawing of an old hand-drawn land survey map.',
  'open-air-cinema.svg': 'Drawing of deckchairs in front of a big outdoor screen on a meadow.',
  'orchard.svg': 'Drawing of rows of apple trees on a valley slope.',
  'potato-field.svg': 'Drawing of a potato field at harvest time.',
  'school.svg': 'Drawing of a school building in the morning.',
  'seagrass.svg': 'Drawing of seagrass under the water of a sheltered bay.',
  'solar-storage.svg': 'Drawing of solar panels and battery cabinets on a farm.',
  'train.svg': 'Drawing of an electric train on a railway line.',
  'water-sensor.svg': 'Drawing of a sensor buoy floating on a river.',
  'weather-balloon.svg': 'Drawing of a weather balloon rising above the clouds.',
  'weaving.svg': 'Drawing of a woven blanket with a geometric pattern.',
  'wind-solar.svg': 'Drawing of solar panels and wind turbines beside a factory.',
};

/** Bump when the variants made change, so cached renderings are made anew. */
const renderingVersion = 'v1';
const defaultCacheDir = path.join(os.tmpdir(), 'newsroom-sample-pictures');

/** The rendering of one drawing, from the cache or made (and cached) now. */
function cachedRendering(svg: Buffer, cacheDir: string): () => Promise<ProcessedPicture> {
  const key = createHash('sha256').update(renderingVersion).update(svg).digest('hex');
  const file = path.join(cacheDir, `${key}.bin`);
  return async () => {
    try {
      return deserialize(readFileSync(file)) as ProcessedPicture;
    } catch {
      // Not cached yet (or unreadable): render it.
    }
    // The picture's identity is its drawing's bytes, as an upload's is its file's.
    const picture = await processPicture(svg, { sha256: createHash('sha256').update(svg).digest('hex') });
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(picture));
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written only costs the next start the rendering again.
    }
    return picture;
  };
}

/**
 * Gives every sample article still showing its drawing a library picture made from it;
 * returns how many articles got one. Drawings missing on disk are skipped.
 */
export async function seedSamplePictures(
  db: Database,
  { drawingsDir = sampleDrawingsDir, cacheDir = defaultCacheDir } = {},
): Promise<number> {
  const waiting = await db
    .select({ id: articles.id, slug: articles.slug, imageUrl: articles.imageUrl })
    .from(articles)
    .where(and(isNull(articles.mediaId), like(articles.imageUrl, '/images/sample/%.svg')));
  const samples = new Map(sampleArticles.map((article) => [article.slug, article]));
  const byDrawing = new Map<string, typeof waiting>();
  for (const article of waiting) {
    if (!samples.has(article.slug)) continue;
    const drawing = path.basename(article.imageUrl!);
    byDrawing.set(drawing, [...(byDrawing.get(drawing) ?? []), article]);
  }
  let pointed = 0;
  for (const [drawing, users] of byDrawing) {
    let svg: Buffer;
    try {
      svg = readFileSync(path.join(drawingsDir, drawing));
    } catch {
      continue;
    }
    const picture = await cachedRendering(svg, cacheDir)();
    const alt = drawingAlt[drawing] ?? samples.get(users[0]!.slug)!.image.caption;
    await db.transaction(async (tx) => {
      const { media } = await storePicture(tx, picture, { alt });
      for (const article of users) {
        const updated = await tx
          .update(articles)
          .set({ mediaId: media.id })
          .where(and(eq(articles.id, article.id), isNull(articles.mediaId)))
          .returning({ id: articles.id });
        pointed += updated.length;
      }
    });
  }
  return pointed;
}
