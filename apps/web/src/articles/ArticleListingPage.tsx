import { ArticleList, type ArticleList_connection } from './ArticleList';
import type { FragmentType } from '../gql/fragment-masking';
import { useEdition } from '../i18n/EditionContext';
import { t } from '../i18n/strings';
import { ErrorState } from '../layout/ErrorState';
import { FeedLink } from '../layout/FeedLink';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';

/** What a listing shows: a section or a tag, by its name, and its articles' first page. */
export interface Listing {
  name: string;
  slug: string;
  articles: FragmentType<typeof ArticleList_connection>;
}

interface Props {
  kind: 'section' | 'tag';
  /** Undefined while the query loads; null when no section or tag has the slug. */
  listing: Listing | null | undefined;
  error: unknown;
  onRetry: () => void;
  /** Fetches the page after `cursor`; the cache appends it to the listing's articles. */
  onLoadMore: (cursor: string) => Promise<unknown>;
  /** The cursor of the ?after= page shown; null on the first page. */
  after: string | null;
}

/**
 * The page of a section's or a tag's articles, newest first: the section and tag routes
 * each own their query and hand its answer here, so the two pages load, fail, go missing
 * and page the same way. Written in the reader's edition (`i18n/EditionContext.ts`).
 */
export function ArticleListingPage({ kind, listing, error, onRetry, onLoadMore, after }: Props) {
  const edition = useEdition();
  const s = t(edition);
  if (listing === undefined) {
    // A forged cursor is the reader's mistake: nothing is there.
    if (error && after) return <NotFoundPage />;
    return error ? <ErrorState onRetry={onRetry} /> : <PageSkeleton />;
  }
  if (!listing) return <NotFoundPage />;
  const base = `/${kind}/${encodeURIComponent(listing.slug)}`;

  return (
    <div className="list-page">
      <title>{`${listing.name} — ${s.siteName}`}</title>
      <meta name="description" content={kind === 'tag' ? s.tagDescription(listing.name) : s.sectionDescription(listing.name)} />
      <FeedLink path={`${base}/rss.xml`} title={`${listing.name} — ${s.siteName}`} language={edition} />
      {after && <meta name="robots" content="noindex, follow" />}
      {kind === 'tag' && <p className="eyebrow">{s.tagHeading}</p>}
      <h1>{listing.name}</h1>
      <ArticleList
        connection={listing.articles}
        onLoadMore={onLoadMore}
        nextPageHref={(cursor) => `${base}?after=${encodeURIComponent(cursor)}`}
        firstPageHref={after ? base : undefined}
      />
    </div>
  );
}
