// The media module's per-request loader (assembled by graphql/loaders.ts).
import type { Database } from '@newsroom/db/openDatabase';
import { batchLoader } from '../../platform/batchLoader';
import { findMediaByIds } from './mediaQueries';

export function createMediaLoaders(db: Database) {
  return {
    mediaById: batchLoader((ids) => findMediaByIds(db, ids)),
  };
}
