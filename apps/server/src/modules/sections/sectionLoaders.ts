// The sections module's per-request loaders (assembled by graphql/loaders.ts): sections are
// the same for every reader, so they read through the process-wide shared cache.
import type { Database } from '@newsroom/db/openDatabase';
import { cachedBatchLoader, type SharedReadCache } from '../../platform/sharedReadCache';
import { findSectionsByIds } from './sectionQueries';

export function createSectionLoaders(db: Database, shared: SharedReadCache) {
  return {
    sectionById: cachedBatchLoader(shared, 'section', (ids) => findSectionsByIds(db, ids), null),
  };
}
