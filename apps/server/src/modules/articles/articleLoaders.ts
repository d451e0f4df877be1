// The articles module's per-request loaders (assembled by graphql/loaders.ts). What every
// reader sees alike (a published article by slug, related articles, revisions) reads
// through the process-wide shared cache; an article by id, which the desk also reads, always
// asks the database.
import DataLoader from 'dataloader';
import type { Database } from '@newsroom/db/openDatabase';
import type { ArticleRow } from '@newsroom/db/schema';
import { batchLoader, groupKeysByLimit } from '../../platform/batchLoader';
import { cachedBatch, cachedBatchLoader, cachedRead, entryKey, readThrough, type SharedReadCache } from '../../platform/sharedReadCache';
import {
  findArticlesByIds,
  findPublishedArticlesByIds,
  findPublishedArticleBySlug,
  findRelatedArticles,
  findRevisionsOfArticles,
  findTranslationsOfArticles,
} from './articleQueries';

export function createArticleLoaders(db: Database, shared: SharedReadCache) {
  const articleBySlugKey = (slug: string) => `articleBySlug:${slug}`;
  return {
    publishedArticleBySlug: readThrough(
      shared,
      articleBySlugKey,
      new DataLoader<string, ArticleRow | null>(async (slugs) =>
        Promise.all(
          slugs.map(async (slug) => (await cachedRead(shared, articleBySlugKey(slug), () => findPublishedArticleBySlug(db, slug))) ?? null),
        ),
      ),
    ),
    articleById: batchLoader((ids) => findArticlesByIds(db, ids)),
    // What readers are shown by id (the popular lists): published only, alike for all.
    publishedArticleById: cachedBatchLoader(shared, 'publishedArticle', (ids) => findPublishedArticlesByIds(db, ids), null),
    relatedArticles: readThrough(shared, relatedEntryKey, relatedArticlesLoader(db, shared)),
    revisionsByArticleId: cachedBatchLoader(shared, 'revisionsOfArticle', (ids) => findRevisionsOfArticles(db, ids), []),
    // Readers see the published translations, alike for all; the desk sees drafts too, fresh.
    publishedTranslationsByArticleId: cachedBatchLoader(
      shared,
      'publishedTranslationsOfArticle',
      (ids) => findTranslationsOfArticles(db, ids, { publishedOnly: true }),
      [],
    ),
    translationsByArticleId: batchLoader((ids) => findTranslationsOfArticles(db, ids, { publishedOnly: false }), []),
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
    const byLimit = groupKeysByLimit(keys);
    const results = new Map<string, ArticleRow[]>();
    for (const [limit, ids] of byLimit) {
      const related = await cachedBatch(shared, relatedNamespace(limit), (misses) => findRelatedArticles(db, misses, limit), [])(ids);
      for (const [id, rows] of related) results.set(`${id}:${limit}`, rows);
    }
    return keys.map((key) => results.get(key) ?? []);
  });
}
