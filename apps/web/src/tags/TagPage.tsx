import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ArticleList } from '../articles/ArticleList';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { listPageLanguage } from '../i18n/listPageLanguage';
import { t } from '../i18n/strings';
import { ErrorState } from '../layout/ErrorState';
import { MovedPermanently } from '../layout/MovedPermanently';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';

const TagPageQuery = graphql(`
  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {
    tag(slug: $slug) {
      id
      name(language: $language)
      slug
      articles(first: $first, after: $after) {
        ...ArticleList_connection
      }
    }
  }
`);

/** The articles with one tag, across sections, newest first; a tag's old slug leads to its new one. */
export function TagPage() {
  const { slug = '' } = useParams();
  const s = t(listPageLanguage);
  const { data, error, refetch, fetchMore } = useQuery(TagPageQuery, {
    variables: { slug, language: listPageLanguage, first: ARTICLES_PER_PAGE },
  });

  if (!data) {
    return error ? <ErrorState onRetry={() => refetch()} /> : <PageSkeleton />;
  }
  const tag = data.tag;
  if (!tag) return <NotFoundPage />;
  // Asked for by a slug it had before a rename or a merge.
  if (tag.slug !== slug) return <MovedPermanently to={`/tag/${tag.slug}`} />;

  return (
    <div className="list-page">
      <title>{`${tag.name} — ${s.siteName}`}</title>
      <meta name="description" content={s.tagDescription(tag.name)} />
      <p className="eyebrow">{s.tagHeading}</p>
      <h1>{tag.name}</h1>
      <ArticleList connection={tag.articles} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </div>
  );
}
