import { useQuery } from '@apollo/client/react';
import { ArticleList } from '../articles/ArticleList';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { ErrorState } from '../layout/ErrorState';
import { PageSkeleton } from '../layout/PageSkeleton';
import { listPageLanguage } from '../i18n/listPageLanguage';
import { t } from '../i18n/strings';

const HomePageQuery = graphql(`
  query HomePage($first: Int!, $after: String) {
    articles(first: $first, after: $after) {
      ...ArticleList_connection
    }
  }
`);

/** The latest articles of every section, newest first. */
export function HomePage() {
  const s = t(listPageLanguage);
  const { data, error, refetch, fetchMore } = useQuery(HomePageQuery, { variables: { first: ARTICLES_PER_PAGE } });

  return (
    <div className="list-page">
      <title>{`${s.siteName} — ${s.latestNews}`}</title>
      <meta name="description" content={s.homeDescription} />
      <h1>{s.latestNews}</h1>
      {data ? (
        <ArticleList connection={data.articles} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      ) : error ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <PageSkeleton />
      )}
    </div>
  );
}
