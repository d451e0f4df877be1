import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ArticleListingPage } from '../articles/ArticleListingPage';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { useEdition } from '../i18n/EditionContext';

const SectionPageQuery = graphql(`
  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {
    section(slug: $slug) {
      id
      name(language: $language)
      slug
      articles(language: $language, first: $first, after: $after) {
        ...ArticleList_connection
      }
    }
  }
`);

/** A section's articles in the reader's edition, newest first. */
export function SectionPage() {
  const { slug = '' } = useParams();
  // ?after=<cursor>: a later page as its own address, for crawlers and readers without JavaScript.
  const after = useSearchParams()[0].get('after') || null;
  // The reader's edition: the section's or tag's name and articles in its language.
  const language = useEdition();
  const { data, error, refetch, fetchMore } = useQuery(SectionPageQuery, {
    variables: { slug, language, first: ARTICLES_PER_PAGE, after },
  });
  return (
    <ArticleListingPage
      kind="section"
      listing={data && data.section}
      error={error}
      onRetry={() => refetch()}
      onLoadMore={(cursor) => fetchMore({ variables: { after: cursor } })}
      after={after}
    />
  );
}
