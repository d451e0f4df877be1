import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ArticleList } from '../articles/ArticleList';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { ErrorState } from '../layout/ErrorState';
import { FeedLink } from '../layout/FeedLink';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';
import { useEdition } from '../i18n/EditionContext';
import { t } from '../i18n/strings';
import { PopularArticles } from './PopularArticles';

const HomePageQuery = graphql(`
  query HomePage($language: Language!, $first: Int!, $after: String) {
    articles(language: $language, first: $first, after: $after) {
      ...ArticleList_connection
    }
    mostRead(first: 5, language: $language) {
      id
      ...PopularArticles_articles
    }
    mostCommented(first: 5, language: $language) {
      id
      ...PopularArticles_articles
    }
  }
`);

/**
 * The latest articles of every section in the reader's edition, newest first, the newest as the lead story across
 * the page; then the week's most read and most discussed. The lists are as fresh as the
 * page: a first-time visitor's copy may be kept up to CACHE_MAX_AGE_SECONDS (ADR 027), and
 * views reach the database in batches every few seconds (ADR 035). Older pages are real addresses too
 * (/?after=<cursor>), for crawlers and readers without JavaScript; with it, "Load more"
 * loads them in place.
 */
export function HomePage() {
  const edition = useEdition();
  const s = t(edition);
  const after = useSearchParams()[0].get('after') || null;
  const { data, error, refetch, fetchMore } = useQuery(HomePageQuery, {
    variables: { language: edition, first: ARTICLES_PER_PAGE, after },
  });
  // A forged cursor is the reader's mistake: nothing is there.
  if (!data && error && after) return <NotFoundPage />;

  return (
    <div className="list-page">
      <title>{`${s.siteName} — ${s.latestNews}`}</title>
      <meta name="description" content={s.homeDescription} />
      <FeedLink path="/rss.xml" title={s.siteName} language={edition} />
      {after && <meta name="robots" content="noindex, follow" />}
      <h1>{s.latestNews}</h1>
      {data ? (
        <>
          <ArticleList
            connection={data.articles}
            onLoadMore={(cursor) => fetchMore({ variables: { after: cursor } })}
            nextPageHref={(cursor) => `/?after=${encodeURIComponent(cursor)}`}
            firstPageHref={after ? '/' : undefined}
            leadStory={!after}
          />
          {!after && (
            <div className="popular-lists">
              <PopularArticles id="most-read" heading={s.mostRead} articles={data.mostRead} />
              <PopularArticles id="most-commented" heading={s.mostCommented} articles={data.mostCommented} showComments />
            </div>
          )}
        </>
      ) : error ? (
        <ErrorState onRetry={() => refetch()} />
      ) : (
        <PageSkeleton />
      )}
    </div>
  );
}
