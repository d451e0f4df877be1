import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { RatingChangedDocument } from '../gql/graphql';
import { lazySubscriptionLink } from './lazySubscriptionLink';

const client = new ApolloClient({ link: ApolloLink.empty(), cache: new InMemoryCache() });
const request = { query: RatingChangedDocument, variables: { articleId: 'A1' } };
const event = {
  data: { ratingChanged: { __typename: 'RatingSummary', articleId: 'A1', average: 4, count: 1, distribution: [0, 0, 0, 1, 0] } },
};

/** A stand-in for the WebSocket link: answers each operation with one event, counts who listens. */
function eventLink() {
  const listening = { now: 0, ever: 0 };
  const link = new ApolloLink(
    () =>
      new Observable<ApolloLink.Result>((observer) => {
        listening.now++;
        listening.ever++;
        observer.next(event);
        return () => listening.now--;
      }),
  );
  return { link, listening };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazySubscriptionLink', () => {
  it('builds the real link only when the first operation arrives, and only once', async () => {
    const { link, listening } = eventLink();
    let loads = 0;
    const lazy = lazySubscriptionLink(async () => {
      loads++;
      return link;
    });
    expect(loads).toBe(0);

    const received: unknown[] = [];
    const first = ApolloLink.execute(lazy, request, { client }).subscribe((result) => received.push(result));
    const second = ApolloLink.execute(lazy, request, { client }).subscribe((result) => received.push(result));
    await settle();

    expect(loads).toBe(1);
    expect(received).toEqual([event, event]);
    expect(listening.now).toBe(2);
    first.unsubscribe();
    second.unsubscribe();
    expect(listening.now).toBe(0);
  });

  it('does not subscribe an operation given up while the link was loading', async () => {
    const { link, listening } = eventLink();
    const lazy = lazySubscriptionLink(async () => link);
    ApolloLink.execute(lazy, request, { client })
      .subscribe(() => {})
      .unsubscribe();
    await settle();
    expect(listening.ever).toBe(0);
  });

  it('reports a failed load to the operation and tries again for the next', async () => {
    const { link } = eventLink();
    let attempts = 0;
    const lazy = lazySubscriptionLink(async () => {
      if (++attempts === 1) throw new Error('offline');
      return link;
    });
    const errors: unknown[] = [];
    ApolloLink.execute(lazy, request, { client }).subscribe({ error: (error) => errors.push(error) });
    await settle();
    expect(errors).toEqual([new Error('offline')]);

    const received: unknown[] = [];
    ApolloLink.execute(lazy, request, { client }).subscribe((result) => received.push(result));
    await settle();
    expect(attempts).toBe(2);
    expect(received).toEqual([event]);
  });
});
