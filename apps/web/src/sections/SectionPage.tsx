import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ArticleListingPage } from '../articles/ArticleListingPage';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { listPageLanguage } from '../i18n/listPageLanguage';

const SectionPageQuery = graphql(`
  query SectionPage($slug: String!, $language: Language!, $first: Int!, $after: String) {
    section(slug: $slug) {
      id
      name(language: $language)
      slug
      articles(first: $first, after: $after) {
        ...ArticleList_connection
      }
    }
  }
`);

/** A section's articles, newest first. */
export function SectionPage() {
  const { slug = '' } = useParams();
  const { data, error, refetch, fetchMore } = useQuery(SectionPageQuery, {
    variables: { slug, language: listPageLanguage, first: ARTICLES_PER_PAGE },
  });
  return (
    <ArticleListingPage
      kind="section"
      listing={data && data.section}
      error={error}
      onRetry={() => refetch()}
      onLoadMore={(after) => fetchMore({ variables: { after } })}
    />
  );
}
