// SQL of the media library: pictures with their variants' sizes (never their bytes, which
// only the file door reads), the library's keyset pages, and one file for serving.
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articles, media, mediaFiles, type MediaRow } from '@newsroom/db/schema';

export interface VariantInfo {
  format: string;
  width: number;
  height: number;
}

/** A picture as the API shows it: the row and the sizes of its files. */
export type MediaModel = MediaRow & { files: VariantInfo[] };

async function withFiles(db: Queryable, rows: MediaRow[]): Promise<MediaModel[]> {
  if (!rows.length) return [];
  const files = await db
    .select({ mediaId: mediaFiles.mediaId, format: mediaFiles.format, width: mediaFiles.width, height: mediaFiles.height })
    .from(mediaFiles)
    .where(
      inArray(
        mediaFiles.mediaId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(mediaFiles.mediaId), asc(mediaFiles.format), asc(mediaFiles.width));
  const byMedia = new Map<number, VariantInfo[]>();
  for (const { mediaId, ...file } of files) byMedia.set(mediaId, [...(byMedia.get(mediaId) ?? []), file]);
  return rows.map((row) => ({ ...row, files: byMedia.get(row.id) ?? [] }));
}

export async function findMediaByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, MediaModel>> {
  const rows = ids.length
    ? await db
        .select()
        .from(media)
        .where(inArray(media.id, [...ids]))
    : [];
  return new Map((await withFiles(db, rows)).map((row) => [row.id, row]));
}

/** The library, newest first, after the keyset `after` ([createdAt, id]), optionally searched. */
export async function listMedia(
  db: Queryable,
  { search, after, limit }: { search?: string; after?: readonly [Date, number]; limit: number },
): Promise<MediaModel[]> {
  const conditions: SQL[] = [];
  if (search) {
    // Escape LIKE's wildcards so a search for "50%" means fifty per cent.
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(or(ilike(media.alt, pattern), ilike(media.caption, pattern), ilike(media.credit, pattern))!);
  }
  if (after) conditions.push(sql`(${media.createdAt}, ${media.id}) < (${after[0].toISOString()}::timestamptz, ${after[1]})`);
  const rows = await db
    .select()
    .from(media)
    .where(and(...conditions))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
  return withFiles(db, rows);
}

export async function updateMediaText(
  db: Queryable,
  id: number,
  text: { alt?: string; caption?: string; credit?: string },
): Promise<MediaRow | undefined> {
  const [row] = await db.update(media).set(text).where(eq(media.id, id)).returning();
  return row;
}

export async function countArticlesUsingMedia(db: Queryable, id: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(articles)
    .where(eq(articles.mediaId, id));
  return row?.count ?? 0;
}

export async function deleteMediaRow(db: Queryable, id: number): Promise<boolean> {
  return (await db.delete(media).where(eq(media.id, id)).returning({ id: media.id })).length > 0;
}

/** One file to serve, bytes included. */
export async function findMediaFile(db: Queryable, mediaId: number, format: string, width: number) {
  const [file] = await db
    .select({ bytes: mediaFiles.bytes, contentType: mediaFiles.contentType, etag: mediaFiles.etag })
    .from(mediaFiles)
    .where(and(eq(mediaFiles.mediaId, mediaId), eq(mediaFiles.format, format), eq(mediaFiles.width, width)))
    .limit(1);
  return file;
}
