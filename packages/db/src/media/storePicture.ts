// Writes a processed picture and its variants (ADR 018), shared by uploads and the sample
// content's seed. The same bytes (SHA-256) are one picture: a second upload finds the first.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../openDatabase';
import { media, mediaFiles, type MediaRow } from '../schema';
import type { ProcessedPicture } from './pictureVariants';

export interface PictureText {
  alt: string;
  caption?: string;
  credit?: string;
  uploadedBy?: number | null;
}

export async function findMediaBySha256(db: Queryable, sha256: string): Promise<MediaRow | undefined> {
  const [row] = await db.select().from(media).where(eq(media.sha256, sha256)).limit(1);
  return row;
}

/**
 * Inserts the picture and its files; `existing: true` when the same bytes were already in
 * the library (then nothing is written). Run it in a transaction.
 */
export async function storePicture(
  db: Queryable,
  picture: ProcessedPicture,
  text: PictureText,
): Promise<{ media: MediaRow; existing: boolean }> {
  const [row] = await db
    .insert(media)
    .values({
      alt: text.alt,
      caption: text.caption ?? '',
      credit: text.credit ?? '',
      width: picture.width,
      height: picture.height,
      placeholder: picture.placeholder,
      sha256: picture.sha256,
      uploadedBy: text.uploadedBy ?? null,
    })
    .onConflictDoNothing({ target: media.sha256 })
    .returning();
  if (!row) return { media: (await findMediaBySha256(db, picture.sha256))!, existing: true };
  await db.insert(mediaFiles).values(
    picture.variants.map((variant) => ({
      mediaId: row.id,
      format: variant.format,
      width: variant.width,
      height: variant.height,
      contentType: variant.contentType,
      bytes: variant.bytes,
      etag: variant.etag,
    })),
  );
  return { media: row, existing: false };
}
