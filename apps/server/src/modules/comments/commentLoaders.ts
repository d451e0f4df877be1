// The comments module's per-request loaders (assembled by graphql/loaders.ts). None is
// cached across requests: a thread holds the reader's own pending comments.
import DataLoader from 'dataloader';
import type { Database } from '@newsroom/db/openDatabase';
import type { CommentRow } from '@newsroom/db/schema';
import { batchLoader, groupKeysByLimit } from '../../platform/batchLoader';
import { findCommentsByIds, listFirstRepliesOfRoots } from './commentQueries';
import { countReportReasons } from './commentReportQueries';

export function createCommentLoaders(db: Database, readerId: string) {
  return {
    commentById: batchLoader((ids) => findCommentsByIds(db, ids)),
    firstRepliesOfRoot: firstRepliesLoader(db, readerId),
    reportReasonsByCommentId: batchLoader((ids) => countReportReasons(db, ids), []),
  };
}

/** The first page of several top-level threads, keyed by "rootId:limit"; one statement per distinct limit. */
function firstRepliesLoader(db: Database, readerId: string) {
  return new DataLoader<string, CommentRow[]>(async (keys) => {
    const byLimit = groupKeysByLimit(keys);
    const results = new Map<string, CommentRow[]>();
    for (const [limit, ids] of byLimit) {
      const threads = await listFirstRepliesOfRoots(db, ids, readerId, limit);
      for (const [id, rows] of threads) results.set(`${id}:${limit}`, rows);
    }
    return keys.map((key) => results.get(key) ?? []);
  });
}
