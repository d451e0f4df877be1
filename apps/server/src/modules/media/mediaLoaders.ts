// The media module's per-request loaders (assembled by graphql/loaders.ts). Readers' pictures
// (an article's, an author's) are the same for everyone and read through the process-wide
// shared cache: a home page shows a dozen, and each cost two statements. Editing or
// deleting a picture publishes `mediaChanged`, which empties that cache (platform/pubsub.ts).
// The desk's lookups ask the database.
import type { Database } from '@newsroom/db/openDatabase';
import { batchLoader } from '../../platform/batchLoader';
import { cachedBatchLoader, type SharedReadCache } from '../../platform/sharedReadCache';
import { findMediaByIds } from './mediaQueries';

export function createMediaLoaders(db: Database, shared: SharedReadCache) {
  return {
    mediaById: batchLoader((ids) => findMediaByIds(db, ids)),
    pictureById: cachedBatchLoader(shared, 'picture', (ids) => findMediaByIds(db, ids), null),
  };
}
