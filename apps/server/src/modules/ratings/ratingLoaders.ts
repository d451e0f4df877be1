// The ratings module's per-request loader (assembled by graphql/loaders.ts).
import type { Database } from '@newsroom/db/openDatabase';
import { cachedBatchLoader, type SharedReadCache } from '../../platform/sharedReadCache';
import { findReaderScores } from './ratingQueries';

export function createRatingLoaders(db: Database, readerId: string, readerCache: SharedReadCache) {
  return {
    // The reader's own vote, under their id: a returning reader's page then sends no SQL at all.
    viewerScoreByArticleId: cachedBatchLoader(readerCache, `score:${readerId}`, (ids) => findReaderScores(db, readerId, ids), null),
  };
}
