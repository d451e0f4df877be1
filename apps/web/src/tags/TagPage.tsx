import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ArticleListingPage } from '../articles/ArticleListingPage';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { useEdition } from '../i18n/EditionContext';
import { MovedPermanently } from '../layout/MovedPermanently';

const TagPageQuery = graphql(`
  query TagPage($slug: String!, $language: Language!, $first: Int!, $after: String) {
    tag(slug: $slug) {
      id
      name(language: $language)
      slug
      articles(language: $language, first: $first, after: $after) {
        ...ArticleList_connection
      }
    }
  }
`);

/** The articles with one tag in the reader's edition, across sections, newest first; a tag's old slug leads to its new one. */
export function TagPage() {
  const { slug = '' } = useParams();
  // ?after=<cursor>: a later page as its own address, for crawlers and readers without JavaScript.
  const after = useSearchParams()[0].get('after') || null;
  // The reader's edition: the section's or tag's name and articles in its language.
  const language = useEdition();
  const { data, error, refetch, fetchMore } = useQuery(TagPageQuery, {
    variables: { slug, language, first: ARTICLES_PER_PAGE, after },
  });
  const tag = data?.tag;
  // Asked for by a slug it had before a rename or a merge.
  if (tag && tag.slug !== slug) return <MovedPermanently to={`/tag/${tag.slug}`} />;
  return (
    <ArticleListingPage
      kind="tag"
      listing={data && tag}
      error={error}
      onRetry={() => refetch()}
      onLoadMore={(cursor) => fetchMore({ variables: { after: cursor } })}
      after={after}
    />
  );
}
