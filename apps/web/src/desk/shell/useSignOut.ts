import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql/gql';

const SignOutMutation = graphql(`
  mutation DeskSignOut {
    signOut {
      viewer {
        role
      }
    }
  }
`);

/**
 * Revokes the session (the server clears its HttpOnly cookie), then empties the cache so
 * nothing a signed-in editor saw — drafts, queues — stays in memory for the next person.
 */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutMutation);
  return useCallback(async () => {
    await signOut();
    await client.resetStore();
    navigate('/desk/sign-in', { replace: true });
  }, [client, navigate, signOut]);
}
