import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DeferredCommentsSection } from '../comments/DeferredCommentsSection';
import { graphql } from '../gql/gql';
import { LanguageContext } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';
import { usePageLanguage } from '../i18n/usePageLanguage';
import { ErrorState } from '../layout/ErrorState';
import { NotFoundPage } from '../layout/NotFoundPage';
import { RatingWidget } from '../ratings/RatingWidget';
import { TypoReporter } from '../typo-reports/TypoReporter';
import { TypoReportHint } from '../typo-reports/TypoReportHint';
import { ArticleContent } from './ArticleContent';
import { ArticleHead } from './ArticleHead';
import { ArticleSkeleton } from './ArticleSkeleton';
import { Breadcrumb } from './Breadcrumb';
import { RelatedArticles } from './RelatedArticles';

const ArticlePageQuery = graphql(`
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      id
      language
      ...ArticleHead_article
      ...Breadcrumb_article
      rating {
        ...RatingWidget_rating
      }
      ...ArticleContent_article
      related(first: 5) {
        id
        ...RelatedArticles_articles
      }
      ...DeferredCommentsSection_article
    }
  }
`);

/** /article/:slug — the page docs/design.md ("Reader pages") lays out, top to bottom. */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(ArticlePageQuery, { variables: { slug } });
  const article = data?.article;
  // The chrome and <html lang> follow the article; English while it loads or is missing.
  usePageLanguage(article?.language ?? 'EN');

  if (!data) return error ? <ErrorState onRetry={() => refetch()} /> : <ArticleSkeleton />;
  if (!article) return <NotFoundPage />;

  return (
    <LanguageContext value={article.language}>
      <ArticleHead article={article} />
      <TypoReporter articleId={article.id}>
        <article className="article" lang={htmlLang(article.language)}>
          <Breadcrumb article={article} />
          <RatingWidget rating={article.rating} />
          <ArticleContent article={article} />
          <TypoReportHint />
        </article>
      </TypoReporter>
      <RelatedArticles articles={article.related} />
      <DeferredCommentsSection article={article} />
    </LanguageContext>
  );
}
