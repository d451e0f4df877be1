// A real Apollo Client (the app's own cache, with its type policies) over a link that
// answers from the test instead of the network. Tests see every operation the component
// sent, with its variables, and choose each answer: data in the server's shapes, a
// network failure, or a promise they settle later (to look at the screen in between).
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import type { ReactNode } from 'react';
import { Observable } from 'rxjs';
import { defaultLimits, type Limits } from '@newsroom/rules/limits';
import { createCache } from '../app/createApolloClient';
import { LimitsProvider } from '../limits/LimitsProvider';

export interface SentOperation {
  operationName: string;
  variables: Record<string, any>;
}

/** The server's answer to one operation: its `data`, or a thrown error for a failed request. */
export type Answer = (operation: SentOperation) => Record<string, any> | Promise<Record<string, any>>;

export interface TestApollo {
  client: ApolloClient;
  /** Every query and mutation sent so far, in order (subscriptions are not answered). */
  sent: SentOperation[];
  /** Those sent under one operation name. */
  sentAs(operationName: string): SentOperation[];
  wrapper: (props: { children: ReactNode }) => ReactNode;
}

/**
 * `limits` are those the test's server serves (the forms read them through useLimits);
 * without, the packages/rules defaults, as a server with no settings changed serves them.
 */
export function createTestApollo(answer: Answer, { limits = defaultLimits }: { limits?: Limits } = {}): TestApollo {
  const sent: SentOperation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<FormattedExecutionResult>((observer) => {
        // Subscriptions stay open and quiet: no other reader does anything during a test.
        if (operation.operationType === OperationTypeNode.SUBSCRIPTION) return;
        const op = { operationName: operation.operationName ?? '', variables: structuredClone(operation.variables) };
        sent.push(op);
        let closed = false;
        Promise.resolve()
          .then(() => answer(op))
          .then(
            (data) => {
              if (closed) return;
              observer.next({ data });
              observer.complete();
            },
            (error: unknown) => {
              if (!closed) observer.error(error);
            },
          );
        return () => {
          closed = true;
        };
      }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    sent,
    sentAs: (name) => sent.filter((op) => op.operationName === name),
    wrapper: ({ children }) => (
      <ApolloProvider client={client}>
        <LimitsProvider limits={limits}>{children}</LimitsProvider>
      </ApolloProvider>
    ),
  };
}

/** A promise to settle from the test, for an answer that should arrive later. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
