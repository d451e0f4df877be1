import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql/gql';
import { DeskArticleRow } from './DeskArticleRow';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';
import { LoadMoreButton } from '../common/LoadMoreButton';
import { useStatusParam } from '../common/useStatusParam';

const DeskArticlesQuery = graphql(`
  query DeskArticles($status: ArticleStatus, $search: String, $first: Int!, $after: String) {
    deskArticles(status: $status, search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...DeskArticleRow_article
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

const pageSize = 30;
const statuses = ['ANY', 'DRAFT', 'PUBLISHED'] as const;

/** /desk/articles — every article, drafts too, most recently changed first. */
export function ArticleListPage() {
  // The filter lives in the address, so "back" from the editor returns to the same list.
  const [params, setParams] = useSearchParams();
  const [statusChoice, setStatusChoice] = useStatusParam(statuses);
  const status = statusChoice === 'ANY' ? null : statusChoice;
  const [search, setSearch] = useState(params.get('q') ?? '');
  // Typing stays responsive while the list for the last few letters loads.
  const deferredSearch = useDeferredValue(search.trim());
  const { data, previousData, error, refetch, fetchMore } = useQuery(DeskArticlesQuery, {
    variables: { status, search: deferredSearch || null, first: pageSize },
    // The list must show what was saved a moment ago in the editor.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  const setSearchParam = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('q', value);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );

  return (
    <section className="desk-page">
      <title>{`${s.articles} — ${s.desk}`}</title>
      <div className="desk-page-head">
        <h1>{s.articles}</h1>
        <Link className="button desk-button-link" to="/desk/articles/new">
          {s.newArticle}
        </Link>
      </div>
      <div className="desk-filters" role="search">
        <label>
          {s.search}{' '}
          <input
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setSearchParam(event.target.value.trim());
            }}
          />
        </label>
        <label>
          {s.status}{' '}
          <select
            value={statusChoice}
            onChange={(event) => setStatusChoice(statuses.find((value) => value === event.target.value) ?? 'ANY')}
          >
            {statuses.map((value) => (
              <option key={value} value={value}>
                {value === 'ANY' ? s.anyStatus : s[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {shown ? (
        <>
          {shown.deskArticles.edges.length === 0 ? (
            <p className="empty">{s.noArticles}</p>
          ) : (
            <table className="desk-table">
              <thead>
                <tr>
                  <th scope="col">{s.title}</th>
                  <th scope="col">{s.status}</th>
                  <th scope="col">{s.section}</th>
                  <th scope="col">{s.updated}</th>
                </tr>
              </thead>
              <tbody>
                {shown.deskArticles.edges.map((edge) => (
                  <DeskArticleRow key={edge.node.id} article={edge.node} />
                ))}
              </tbody>
            </table>
          )}
          {shown.deskArticles.pageInfo.hasNextPage && (
            <LoadMoreButton
              onLoadMore={() =>
                fetchMore({
                  variables: { after: shown.deskArticles.pageInfo.endCursor },
                  // No cache policy pages this list (it is the desk's alone): append here.
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    deskArticles: {
                      ...fetchMoreResult.deskArticles,
                      edges: [...previous.deskArticles.edges, ...fetchMoreResult.deskArticles.edges],
                    },
                  }),
                })
              }
            />
          )}
        </>
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
    </section>
  );
}
