import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { Language } from '../gql/graphql';
import { BrowserRouter } from 'react-router';
import { PageLanguageProvider } from '../i18n/PageLanguageProvider';
import { AppRoutes } from './AppRoutes';

/**
 * The reader-facing app; the Apollo client comes in so tests can hand it their own.
 * `initialLanguage` is the language the server rendered the page in, when it did.
 */
export function App({ client, initialLanguage }: { client: ApolloClient; initialLanguage?: Language }) {
  return (
    <ApolloProvider client={client}>
      <PageLanguageProvider initialLanguage={initialLanguage}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </PageLanguageProvider>
    </ApolloProvider>
  );
}
