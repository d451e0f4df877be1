import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

/**
 * A terminating link that builds the real one (`load`) when the first operation reaches it,
 * then hands it every operation. Live updates start only when a widget near the viewport
 * subscribes, so most page views never fetch the WebSocket client's code or open a socket.
 * `load` runs once; if it fails, that operation errors and the next one tries again.
 */
export function lazySubscriptionLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | null = null;
        let unsubscribed = false;
        loading ??= load();
        loading.then(
          (link) => {
            if (!unsubscribed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            loading = null;
            if (!unsubscribed) observer.error(error);
          },
        );
        return () => {
          unsubscribed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
