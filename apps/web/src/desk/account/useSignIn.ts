import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import type { ViewerRole } from '../gql/graphql';
import { DeskViewer_viewer, rememberViewer } from '../shell/deskViewer';
import { getFragmentData } from '../gql/fragment-masking';

const SignInMutation = graphql(`
  mutation DeskSignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          ...DeskViewer_viewer
        }
      }
      ... on InvalidCredentials {
        message
      }
      ... on AccountLocked {
        message
        retryAfterSeconds
      }
    }
  }
`);

export type SignInOutcome =
  | { ok: true; role: ViewerRole }
  | { ok: false; problem: 'InvalidCredentials' | 'AccountLocked'; message: string; retryAfterSeconds?: number };

/**
 * Signs in; the server sets the HttpOnly session cookie, so the page never holds the
 * token. The answer's viewer is written where the desk layout reads it, so the desk opens
 * without asking again who is there.
 */
export function useSignIn(): (login: string, password: string) => Promise<SignInOutcome> {
  const [mutate] = useMutation(SignInMutation, {
    update(cache, { data }) {
      const result = data?.signIn;
      if (result?.__typename === 'SignInSuccess') rememberViewer(cache, result.viewer);
    },
  });
  return useCallback(
    async (login, password) => {
      const { data } = await mutate({ variables: { input: { login, password } } });
      const result = data?.signIn;
      if (!result) throw new Error('signIn answered without data');
      if (result.__typename === 'SignInSuccess') return { ok: true, role: getFragmentData(DeskViewer_viewer, result.viewer).role };
      return result.__typename === 'AccountLocked'
        ? { ok: false, problem: 'AccountLocked', message: result.message, retryAfterSeconds: result.retryAfterSeconds }
        : { ok: false, problem: 'InvalidCredentials', message: result.message };
    },
    [mutate],
  );
}
