import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { DeferredCommentsSection } from '../comments/DeferredCommentsSection';
import { graphql } from '../gql/gql';
import { LanguageContext } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';
import { useEdition } from '../i18n/EditionContext';
import { usePageLanguage } from '../i18n/usePageLanguage';
import { Island, useIslandsPage } from '../ssr/Island';
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
import { TranslationLinks } from './TranslationLinks';
import { ShareButton } from './ShareButton';
import { sendViewBeacon } from './viewBeacon';
import { usePageStatusContext } from '../ssr/PageStatusContext';
import { siteOrigin } from '../ssr/siteOrigin';

const ArticlePageQuery = graphql(`
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      language
      ...ArticleHead_article
      ...Breadcrumb_article
      ...TranslationLinks_article
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

/**
 * /article/:slug — the page docs/design.md ("Reader pages") lays out, top to bottom. Served
 * by the server, it is not hydrated as a whole: only its widgets are, each on its own as
 * an island (ssr/Island.tsx, app/islands/bootIslands.ts; docs/adr/028-islands-on-the-article-page.md).
 */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(ArticlePageQuery, { variables: { slug } });
  const article = data?.article;
  // The chrome and <html lang> follow the article; the reader's edition while it loads or is missing.
  usePageLanguage(article?.language ?? useEdition());
  useIslandsPage(Boolean(article));
  const origin = usePageStatusContext()?.origin ?? siteOrigin();
  // Reached inside the full app (a link followed there): the view is counted here. A page
  // the server rendered is never hydrated as a whole: its islands boot counts it instead.
  const articleId = article?.id;
  useEffect(() => {
    if (articleId) sendViewBeacon(articleId);
  }, [articleId]);

  if (!data) return error ? <ErrorState onRetry={() => refetch()} /> : <ArticleSkeleton />;
  if (!article) return <NotFoundPage />;

  return (
    <LanguageContext value={article.language}>
      <ArticleHead article={article} />
      <TypoReporter articleId={article.id}>
        <article className="article" lang={htmlLang(article.language)} data-view-article={article.id}>
          <Breadcrumb article={article} />
          <TranslationLinks article={article} />
          <Island name="rating" language={article.language} articleId={article.id}>
            <RatingWidget rating={article.rating} />
          </Island>
          <ArticleContent article={article} />
          <ShareButton url={new URL(`/article/${article.slug}`, origin).href} title={article.title} />
          <TypoReportHint articleId={article.id} />
        </article>
      </TypoReporter>
      <RelatedArticles articles={article.related} />
      <DeferredCommentsSection article={article} />
    </LanguageContext>
  );
}
