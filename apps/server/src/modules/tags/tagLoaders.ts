// The tags module's per-request loaders (assembled by graphql/loaders.ts): an article's tags
// read through the process-wide shared cache; a tag by id and the desk's counts always ask
// the database.
import type { Database } from '@newsroom/db/openDatabase';
import { batchLoader } from '../../platform/batchLoader';
import { cachedBatchLoader, type SharedReadCache } from '../../platform/sharedReadCache';
import { countArticlesOfTags, findTagsByIds, findTagsOfArticles } from './tagQueries';

export function createTagLoaders(db: Database, shared: SharedReadCache) {
  return {
    tagById: batchLoader((ids) => findTagsByIds(db, ids)),
    tagsByArticleId: cachedBatchLoader(shared, 'tagsOfArticle', (ids) => findTagsOfArticles(db, ids), []),
    // The desk's tag list (staff only, so never cached).
    articleCountByTagId: batchLoader((ids) => countArticlesOfTags(db, ids), 0),
  };
}
