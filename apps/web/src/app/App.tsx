import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { PageLanguageProvider } from '../i18n/PageLanguageProvider';
import { AppRoutes } from './AppRoutes';

/** The reader-facing app; the Apollo client comes in so tests can hand it their own. */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <PageLanguageProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </PageLanguageProvider>
    </ApolloProvider>
  );
}
