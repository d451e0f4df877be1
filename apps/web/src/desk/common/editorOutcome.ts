import type { ApolloCache } from '@apollo/client';

/** What an editor action came to: done, or a problem to show (on a field when it has one). */
export type EditorOutcome = { ok: true; id: string } | { ok: false; field: string | null; message: string };

type ProblemResult = { __typename: 'ValidationError'; field: string; message: string } | { __typename: 'NotFound'; message: string };

export function problemOutcome(result: ProblemResult): EditorOutcome {
  return { ok: false, field: result.__typename === 'ValidationError' ? result.field : null, message: result.message };
}

/**
 * Drops the reader pages' cached lists and article pages after a change readers can see
 * (publish, correct, unpublish, delete), so going to the site from the desk shows it.
 */
export function forgetPublicPages(cache: ApolloCache): void {
  for (const fieldName of ['articles', 'article', 'section', 'tag']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
