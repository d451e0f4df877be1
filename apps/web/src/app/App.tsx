import type { ApolloClient } from '@apollo/client';
import type { Limits } from '@newsroom/rules/limits';
import { ApolloProvider } from '@apollo/client/react';
import type { Language } from '../gql/graphql';
import { BrowserRouter } from 'react-router';
import { PageLanguageProvider } from '../i18n/PageLanguageProvider';
import { AppRoutes } from './AppRoutes';
import { LimitsProvider } from '../limits/LimitsProvider';

/**
 * The reader-facing app; the Apollo client comes in so tests can hand it their own.
 * `initialLanguage` is the language the server rendered the page in, `edition` the reader's
 * edition it rendered it for, and `limits` the limits it rendered the forms with, when it did.
 */
export function App({
  client,
  initialLanguage,
  edition,
  limits,
}: {
  client: ApolloClient;
  initialLanguage?: Language;
  edition?: Language;
  limits?: Limits;
}) {
  return (
    <ApolloProvider client={client}>
      <LimitsProvider limits={limits}>
        <PageLanguageProvider edition={edition} initialLanguage={initialLanguage}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </PageLanguageProvider>
      </LimitsProvider>
    </ApolloProvider>
  );
}
