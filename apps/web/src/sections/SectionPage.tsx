import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { ArticleList } from '../articles/ArticleList';
import { ARTICLES_PER_PAGE } from '../articles/articlesPerPage';
import { graphql } from '../gql/gql';
import { listPageLanguage } from '../i18n/listPageLanguage';
import { t } from '../i18n/strings';
import { ErrorState } from '../layout/ErrorState';
import { NotFoundPage } from '../layout/NotFoundPage';
import { PageSkeleton } from '../layout/PageSkeleton';

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
  const s = t(listPageLanguage);
  const { data, error, refetch, fetchMore } = useQuery(SectionPageQuery, {
    variables: { slug, language: listPageLanguage, first: ARTICLES_PER_PAGE },
  });

  if (!data) {
    return error ? <ErrorState onRetry={() => refetch()} /> : <PageSkeleton />;
  }
  const section = data.section;
  if (!section) return <NotFoundPage />;

  return (
    <div className="list-page">
      <title>{`${section.name} — ${s.siteName}`}</title>
      <meta name="description" content={s.sectionDescription(section.name)} />
      <h1>{section.name}</h1>
      <ArticleList connection={section.articles} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </div>
  );
}
