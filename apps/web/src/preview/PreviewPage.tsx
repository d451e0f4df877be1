import { useQuery } from '@apollo/client/react';
import { Navigate, useParams } from 'react-router';
import { ArticleContent } from '../articles/ArticleContent';
import { ArticleSkeleton } from '../articles/ArticleSkeleton';
import { Breadcrumb } from '../articles/Breadcrumb';
import { graphql } from '../gql/gql';
import { LanguageContext } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';
import { t } from '../i18n/strings';
import { usePageLanguage } from '../i18n/usePageLanguage';
import { ErrorState } from '../layout/ErrorState';
import { usePageStatus, useServerRedirect } from '../ssr/PageStatusContext';
import { useMarkHydrated } from '../ssr/useHydrated';

const PreviewPageQuery = graphql(`
  query PreviewPage($token: String!) {
    previewArticle(token: $token) {
      __typename
      ... on ArticlePreview {
        expiresAt
        article {
          id
          title
          language
          ...Breadcrumb_article
          ...ArticleContent_article
        }
      }
      ... on PreviewUnavailable {
        reason
        publishedSlug
      }
    }
  }
`);

/**
 * /preview/:token — a draft as readers will see its page, for whoever holds the link: no
 * sign-in, kept out of search engines (noindex here; the server adds X-Robots-Tag and
 * Cache-Control: private, no-store), with a banner, and without the rating, comments and
 * typo reports, which would write. A link of an article since published redirects to it;
 * a revoked or expired one says so (410).
 */
export function PreviewPage() {
  const { token = '' } = useParams();
  const { data, error, refetch } = useQuery(PreviewPageQuery, { variables: { token } });
  const result = data?.previewArticle;
  const article = result?.__typename === 'ArticlePreview' ? result.article : null;
  usePageLanguage(article?.language ?? 'EN');

  if (!data) return error ? <ErrorState onRetry={() => refetch()} /> : <ArticleSkeleton />;
  if (result?.__typename === 'PreviewUnavailable' && result.reason === 'PUBLISHED' && result.publishedSlug) {
    return <PublishedRedirect to={`/article/${result.publishedSlug}`} />;
  }
  if (!article) return <PreviewGone />;
  const s = t(article.language);

  return (
    <LanguageContext value={article.language}>
      <title>{`${article.title} — ${s.siteName}`}</title>
      <meta name="robots" content="noindex" />
      <p className="preview-banner" role="note">
        {s.previewBanner}
      </p>
      <article className="article" lang={htmlLang(article.language)}>
        <Breadcrumb article={article} />
        <ArticleContent article={article} />
      </article>
    </LanguageContext>
  );
}

function PublishedRedirect({ to }: { to: string }) {
  useServerRedirect(to);
  return <Navigate to={to} replace />;
}

function PreviewGone() {
  const s = t('EN');
  usePageStatus(410);
  useMarkHydrated();
  return (
    <div className="not-found">
      <title>{`${s.previewGone} — ${s.siteName}`}</title>
      <meta name="robots" content="noindex" />
      <h1>{s.previewGone}</h1>
      <p>{s.previewGoneExplanation}</p>
    </div>
  );
}
