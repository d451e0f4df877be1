import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/gql';
import type { SearchPageQuery as SearchPageData } from '../gql/graphql';
import { useEdition } from '../i18n/EditionContext';
import { t } from '../i18n/strings';
import { ErrorState } from '../layout/ErrorState';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';
import { SearchForm } from '../layout/SearchForm';
import { usePageStatus } from '../ssr/PageStatusContext';
import { SearchResult } from './SearchResult';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!, $after: String) {
    # Ten a page, written here rather than passed: a result's fragments and section names are
    # lists, and the page's cost stays well inside the budget at ten (ADR 014).
    search(query: $query, first: 10, after: $after) {
      edges {
        cursor
        node {
          article {
            id
          }
          ...SearchResult_hit
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * /search?q=<words>[&after=<cursor>] — published articles matching the words, best first,
 * the matching words marked. A GET form and real page links, so it works without
 * JavaScript and each page is rendered by the server; never indexed (results pages are thin
 * and endless), though their links are followed.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const after = params.get('after') || null;
  const s = t(useEdition());
  const { data, error, refetch } = useQuery(SearchPageQuery, {
    variables: { query, after },
    skip: !query,
  });

  return (
    <div className="list-page search-page">
      <title>{query ? `${s.searchResultsFor(query)} — ${s.siteName}` : `${s.search} — ${s.siteName}`}</title>
      <meta name="description" content={s.searchDescription} />
      <meta name="robots" content="noindex, follow" />
      <h1>{query ? s.searchResultsFor(query) : s.search}</h1>
      <SearchForm query={query} label={s.searchQuery} />
      {!query ? (
        <p className="empty">{s.searchPrompt}</p>
      ) : (
        <Results query={query} after={after} data={data} error={error} onRetry={refetch} />
      )}
    </div>
  );
}

interface ResultsProps {
  query: string;
  after: string | null;
  data: SearchPageData | undefined;
  error: unknown;
  onRetry: () => void;
}

function Results({ query, after, data, error, onRetry }: ResultsProps) {
  const s = t(useEdition());
  if (!data) {
    const refused = queryRefused(error);
    if (refused) return <RefusedQuery message={refused} />;
    // A forged cursor is the reader's mistake: nothing is there.
    if (error && after) return <NotFoundPage />;
    return error ? <ErrorState onRetry={onRetry} /> : <PageSkeleton />;
  }
  const { edges, pageInfo } = data.search;
  if (edges.length === 0) return <p className="empty">{s.searchNothingFound(query)}</p>;
  const base = `/search?q=${encodeURIComponent(query)}`;
  return (
    <>
      <ol className="search-results">
        {edges.map((edge) => (
          <li key={edge.node.article.id}>
            <SearchResult hit={edge.node} />
          </li>
        ))}
      </ol>
      <nav className="load-more pager">
        {after && <Link to={base}>{s.firstResults}</Link>}{' '}
        {pageInfo.hasNextPage && pageInfo.endCursor && (
          <Link to={`${base}&after=${encodeURIComponent(pageInfo.endCursor)}`} rel="next">
            {s.moreResults}
          </Link>
        )}
      </nav>
    </>
  );
}

/** The server's words when it refuses the query itself (too long, too many words): the reader can fix it. */
function queryRefused(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((problem) => problem.extensions?.code === 'BAD_USER_INPUT' && problem.extensions.argument === 'query')?.message;
}

function RefusedQuery({ message }: { message: string }) {
  usePageStatus(400);
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
