// The typo-reports module's per-request loaders (assembled by graphql/loaders.ts): staff
// only, never cached.
import type { Database } from '@newsroom/db/openDatabase';
import { batchLoader } from '../../platform/batchLoader';
import { findReportsByIds, notesOfReports } from './typoReportQueries';

export function createTypoReportLoaders(db: Database) {
  return {
    typoReportById: batchLoader((ids) => findReportsByIds(db, ids)),
    typoNotesByReportId: batchLoader((ids) => notesOfReports(db, ids), []),
  };
}
