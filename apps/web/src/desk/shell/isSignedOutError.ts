import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * True when the server refused an operation because nobody is signed in: the session
 * expired or was revoked while the desk was open. The desk then offers to sign in again
 * rather than "try again", which could never succeed.
 */
export function isSignedOutError(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((problem) => problem.extensions?.code === 'UNAUTHENTICATED');
}
