// Every per-request loader, in one place so a resolver finds them all on the context.
// Each is backed by a batch query in its module returning a Map. The loaders of what every
// reader sees alike (sections, an article's tags, related articles, revisions, a published
// article by slug) read through the process-wide shared cache (platform/sharedReadCache.ts);
// the reader's own vote reads through a second one of the same kind, keyed by reader; the
// rest (the comment thread with the reader's own pending comments, staff's rows) always ask
// the database.
import DataLoader from 'dataloader';
import type { Database } from '@newsroom/db/openDatabase';
import type { ArticleRow, AuthorRow, CommentRow } from '@newsroom/db/schema';
import { findArticlesByIds, findPublishedArticleBySlug, findRelatedArticles, findRevisionsOfArticles } from '../modules/articles/articleQueries';
import { findAuthorBySlug, findAuthorOfUser, findAuthorsOfArticles } from '../modules/authors/authorQueries';
import { findMediaByIds } from '../modules/media/mediaQueries';
import { findCommentsByIds, listFirstRepliesOfRoots } from '../modules/comments/commentQueries';
import { countReportReasons } from '../modules/comments/commentReportQueries';
import { findReaderScores } from '../modules/ratings/ratingQueries';
import { findReportsByIds, notesOfReports } from '../modules/typo-reports/typoReportQueries';
import { findSectionsByIds } from '../modules/sections/sectionQueries';
import { countArticlesOfTags, findTagsByIds, findTagsOfArticles } from '../modules/tags/tagQueries';
import { findUsersByIds } from '../modules/auth/authQueries';
import { batchLoader } from '../platform/batchLoader';
import { cachedBatch, cachedBatchLoader, cachedRead, entryKey, readThrough, type SharedReadCache } from '../platform/sharedReadCache';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Database, readerId: string, caches: { shared: SharedReadCache; reader: SharedReadCache }) {
  const { shared } = caches;
  const articleBySlugKey = (slug: string) => `articleBySlug:${slug}`;
  return {
    publishedArticleBySlug: readThrough(
      shared,
      articleBySlugKey,
      new DataLoader<string, ArticleRow | null>(async (slugs) =>
        Promise.all(slugs.map(async (slug) => (await cachedRead(shared, articleBySlugKey(slug), () => findPublishedArticleBySlug(db, slug))) ?? null)),
      ),
    ),
    articleById: batchLoader((ids) => findArticlesByIds(db, ids)),
    sectionById: cachedBatchLoader(shared, 'section', (ids) => findSectionsByIds(db, ids), null),
    tagById: batchLoader((ids) => findTagsByIds(db, ids)),
    tagsByArticleId: cachedBatchLoader(shared, 'tagsOfArticle', (ids) => findTagsOfArticles(db, ids), []),
    // The desk's tag list (staff only, so never cached).
    articleCountByTagId: batchLoader((ids) => countArticlesOfTags(db, ids), 0),
    // The reader's own vote, under their id: a returning reader's page then sends no SQL at all.
    viewerScoreByArticleId: cachedBatchLoader(caches.reader, `score:${readerId}`, (ids) => findReaderScores(db, readerId, ids), null),
    relatedArticles: readThrough(shared, relatedEntryKey, relatedArticlesLoader(db, shared)),
    commentById: batchLoader((ids) => findCommentsByIds(db, ids)),
    firstRepliesOfRoot: firstRepliesLoader(db, readerId),
    reportReasonsByCommentId: batchLoader((ids) => countReportReasons(db, ids), []),
    revisionsByArticleId: cachedBatchLoader(shared, 'revisionsOfArticle', (ids) => findRevisionsOfArticles(db, ids), []),
    userById: batchLoader((ids) => findUsersByIds(db, ids)),
    typoReportById: batchLoader((ids) => findReportsByIds(db, ids)),
    typoNotesByReportId: batchLoader((ids) => notesOfReports(db, ids), []),
    // Bylines: shared like tags (emptied by every write, an author's change included).
    authorsByArticleId: cachedBatchLoader(shared, 'authorsOfArticle', (ids) => findAuthorsOfArticles(db, ids), []),
    authorBySlug: new DataLoader<string, AuthorRow | null>(async (slugs) => Promise.all(slugs.map(async (slug) => (await findAuthorBySlug(db, slug)) ?? null))),
    authorByUserId: new DataLoader<number, AuthorRow | null>(async (ids) => Promise.all(ids.map(async (id) => (await findAuthorOfUser(db, id)) ?? null))),
    mediaById: batchLoader((ids) => findMediaByIds(db, ids)),
  };
}

/** Related articles are kept per limit: "articleId:limit" is the entry `related<limit>:<articleId>`. */
const relatedNamespace = (limit: number) => `related${limit}`;
function relatedEntryKey(key: string): string {
  const [id, limit] = key.split(':').map(Number) as [number, number];
  return entryKey(relatedNamespace(limit), id);
}

/** Keyed by "articleId:limit"; one statement per distinct limit among the batch's cache misses. */
function relatedArticlesLoader(db: Database, shared: SharedReadCache) {
  return new DataLoader<string, ArticleRow[]>(async (keys) => {
    const byLimit = groupKeys(keys);
    const results = new Map<string, ArticleRow[]>();
    for (const [limit, ids] of byLimit) {
      const related = await cachedBatch(shared, relatedNamespace(limit), (misses) => findRelatedArticles(db, misses, limit), [])(ids);
      for (const [id, rows] of related) results.set(`${id}:${limit}`, rows);
    }
    return keys.map((key) => results.get(key) ?? []);
  });
}

/** The first page of several top-level threads, keyed by "rootId:limit"; one statement per distinct limit. */
function firstRepliesLoader(db: Database, readerId: string) {
  return new DataLoader<string, CommentRow[]>(async (keys) => {
    const byLimit = groupKeys(keys);
    const results = new Map<string, CommentRow[]>();
    for (const [limit, ids] of byLimit) {
      const threads = await listFirstRepliesOfRoots(db, ids, readerId, limit);
      for (const [id, rows] of threads) results.set(`${id}:${limit}`, rows);
    }
    return keys.map((key) => results.get(key) ?? []);
  });
}

function groupKeys(keys: readonly string[]): Map<number, number[]> {
  const byLimit = new Map<number, number[]>();
  for (const key of keys) {
    const [id, limit] = key.split(':').map(Number) as [number, number];
    byLimit.set(limit, [...(byLimit.get(limit) ?? []), id]);
  }
  return byLimit;
}
