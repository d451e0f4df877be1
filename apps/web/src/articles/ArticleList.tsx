import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';
import { ArticleCard } from './ArticleCard';

export const ArticleList_connection = graphql(`
  fragment ArticleList_connection on ArticleConnection {
    edges {
      cursor
      node {
        id
        ...ArticleCard_article
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

interface Props {
  connection: FragmentType<typeof ArticleList_connection>;
  /** Fetches the page after `cursor`; the cache appends it to this connection. */
  onLoadMore?: (cursor: string) => Promise<unknown>;
  /**
   * The address of the page after `cursor` (?after=<cursor>), a real link that works
   * without JavaScript: alone, it replaces "Load more" (the author page); with onLoadMore,
   * "Load more" is that link, and a click with JavaScript loads the page in place (the
   * home, section and tag pages).
   */
  nextPageHref?: (cursor: string) => string;
  /** With nextPageHref, on a later page: the address of the first page. */
  firstPageHref?: string;
  /** The first article is the lead story: across the whole width, its picture large (the home page's first page). */
  leadStory?: boolean;
}

/**
 * A paged list of article cards with "Load more" while more pages follow. It stays enabled
 * (aria-disabled) while loading so keyboard focus stays on it.
 */
export function ArticleList(props: Props) {
  const s = useStrings();
  const { edges, pageInfo } = getFragmentData(ArticleList_connection, props.connection);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState(false);

  const loadMore = async () => {
    if (loadingMore || !pageInfo.endCursor || !props.onLoadMore) return;
    setLoadingMore(true);
    setFailed(false);
    try {
      await props.onLoadMore(pageInfo.endCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  if (edges.length === 0) return <p className="empty">{s.noArticlesYet}</p>;

  return (
    <>
      <ol className="article-list">
        {edges.map((edge, index) => (
          <li key={edge.node.id} className={props.leadStory && index === 0 ? 'lead-story' : undefined}>
            <ArticleCard article={edge.node} eager={index < 2} lead={props.leadStory && index === 0} />
          </li>
        ))}
      </ol>
      {failed && (
        <p className="load-more-error" role="alert">
          {s.loadMoreFailed}
        </p>
      )}
      {props.nextPageHref && !props.onLoadMore ? (
        <nav className="load-more pager">
          {props.firstPageHref && <Link to={props.firstPageHref}>{s.newestArticles}</Link>}{' '}
          {pageInfo.hasNextPage && pageInfo.endCursor && (
            <Link className="button" to={props.nextPageHref(pageInfo.endCursor)} rel="next">
              {s.olderArticles}
            </Link>
          )}
        </nav>
      ) : (
        (pageInfo.hasNextPage || props.firstPageHref) && (
          <div className="load-more">
            {/* A page load, not a route change: these lists share one cached connection
                (relayStylePagination), which holds this later page's articles. */}
            {props.firstPageHref && <a href={props.firstPageHref}>{s.newestArticles}</a>}{' '}
            {pageInfo.hasNextPage &&
              (props.nextPageHref && pageInfo.endCursor ? (
                // A real link to the next page, for crawlers and readers without JavaScript;
                // with it, a click loads the page in place instead.
                <a
                  className="button"
                  href={props.nextPageHref(pageInfo.endCursor)}
                  rel="next"
                  onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    void loadMore();
                  }}
                  aria-disabled={loadingMore}
                  aria-busy={loadingMore}
                >
                  {loadingMore ? s.loading : failed ? s.tryAgain : s.loadMore}
                </a>
              ) : (
                <button type="button" className="button" onClick={loadMore} aria-disabled={loadingMore} aria-busy={loadingMore}>
                  {loadingMore ? s.loading : failed ? s.tryAgain : s.loadMore}
                </button>
              ))}
          </div>
        )
      )}
    </>
  );
}
