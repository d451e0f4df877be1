import { ApolloProvider } from '@apollo/client/react';
import { defaultLimits } from '@newsroom/rules/limits';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { createTestApollo } from '../testing/mockApollo';
import { LimitsProvider } from './LimitsProvider';
import { useLimits } from './useLimits';

function CommentMax() {
  return <p>{`comments up to ${useLimits().comment.bodyMax}`}</p>;
}

/** Query.limits as the server answers it, with COMMENT_BODY_MAX=50. */
const served = { ...defaultLimits, comment: { ...defaultLimits.comment, bodyMax: 50 } };
const answer = () => ({
  limits: Object.fromEntries(
    Object.entries(served).map(([key, group]) => [key, { __typename: `${key[0]!.toUpperCase()}${key.slice(1)}Limits`, ...group }]),
  ),
});

it('provides the limits a rendered page carries, without asking', () => {
  const apollo = createTestApollo(() => {
    throw new Error('no request expected');
  });
  render(
    <ApolloProvider client={apollo.client}>
      <LimitsProvider limits={served}>
        <CommentMax />
      </LimitsProvider>
    </ApolloProvider>,
  );
  expect(screen.getByText('comments up to 50')).toBeInTheDocument();
  expect(apollo.sent).toEqual([]);
});

it('asks the server once when the page carries none (the desk), and renders once they are in', async () => {
  const apollo = createTestApollo(answer);
  render(
    <ApolloProvider client={apollo.client}>
      <LimitsProvider>
        <CommentMax />
      </LimitsProvider>
    </ApolloProvider>,
  );
  expect(screen.queryByText(/comments up to/)).toBeNull();
  expect(await screen.findByText('comments up to 50')).toBeInTheDocument();
  expect(apollo.sentAs('Limits')).toHaveLength(1);
});
