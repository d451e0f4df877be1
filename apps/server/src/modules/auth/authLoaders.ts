// The auth module's per-request loader (assembled by graphql/loaders.ts): staff accounts,
// never cached.
import type { Database } from '@newsroom/db/openDatabase';
import { batchLoader } from '../../platform/batchLoader';
import { findUsersByIds } from './authQueries';

export function createAuthLoaders(db: Database) {
  return {
    userById: batchLoader((ids) => findUsersByIds(db, ids)),
  };
}
