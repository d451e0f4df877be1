import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ArticleList } from '../articles/ArticleList';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { t } from '../i18n/strings';
import { ErrorState } from '../layout/ErrorState';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';

const AuthorPageQuery = graphql(`
  query AuthorPage($slug: String!, $first: Int!, $after: String) {
    author(slug: $slug) {
      id
      name
      bio
      url
      picture {
        alt
        variants {
          url
          format
          width
          height
        }
      }
      articles(first: $first, after: $after) {
        ...ArticleList_connection
      }
    }
  }
`);

/**
 * /author/:slug — the author's name, bio and published articles, newest first. Pages are
 * real addresses (?after=<cursor>), so they work without JavaScript and each is its own
 * server-rendered page.
 */
export function AuthorPage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const after = search.get('after') || null;
  const s = t('EN');
  const { data, error, refetch } = useQuery(AuthorPageQuery, { variables: { slug, first: ARTICLES_PER_PAGE, after } });

  if (!data) {
    // A forged cursor is the reader's mistake: nothing is there.
    if (error && after) return <NotFoundPage />;
    return error ? <ErrorState onRetry={() => refetch()} /> : <PageSkeleton />;
  }
  const author = data.author;
  if (!author) return <NotFoundPage />;
  const base = `/author/${encodeURIComponent(slug)}`;
  // The portrait shows small: the narrowest JPEG is plenty.
  const portrait = author.picture?.variants.filter((variant) => variant.format === 'JPEG').sort((a, b) => a.width - b.width)[0];

  return (
    <div className="list-page author-page">
      <title>{`${author.name} — ${s.siteName}`}</title>
      <meta name="description" content={s.authorDescription(author.name)} />
      {after && <meta name="robots" content="noindex, follow" />}
      <p className="eyebrow">{s.authorHeading}</p>
      {portrait && (
        <img className="author-portrait" src={portrait.url} alt={author.picture!.alt} width={portrait.width} height={portrait.height} />
      )}
      <h1>{author.name}</h1>
      {author.bio && <p className="author-bio">{author.bio}</p>}
      <ArticleList
        connection={author.articles}
        nextPageHref={(cursor) => `${base}?after=${encodeURIComponent(cursor)}`}
        firstPageHref={after ? base : undefined}
      />
    </div>
  );
}
