import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
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
  // ?after=<cursor>: a later page as its own address, for crawlers and readers without JavaScript.
  const after = useSearchParams()[0].get('after') || null;
  const { data, error, refetch, fetchMore } = useQuery(SectionPageQuery, {
    variables: { slug, language: listPageLanguage, first: ARTICLES_PER_PAGE, after },
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
