import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { ogLocale } from '../i18n/locale';
import { t } from '../i18n/strings';

export const ArticleHead_article = graphql(`
  fragment ArticleHead_article on Article {
    slug
    title
    lead
    language
    publishedAt
    updatedAt
    image {
      url
    }
    section {
      id
      name
    }
  }
`);

const absolute = (url: string) => new URL(url, window.location.origin).href;

/**
 * The document title, description and Open Graph tags; React 19 hoists these into <head>.
 * (Crawlers that run no JavaScript do not see them: that needs server-side rendering.)
 */
export function ArticleHead(props: { article: FragmentType<typeof ArticleHead_article> }) {
  const article = getFragmentData(ArticleHead_article, props.article);
  const siteName = t(article.language).siteName;
  const url = absolute(`/article/${article.slug}`);

  return (
    <>
      <title>{`${article.title} — ${siteName}`}</title>
      <meta name="description" content={article.lead} />
      <link rel="canonical" href={url} />
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={ogLocale(article.language)} />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={article.lead} />
      <meta property="og:url" content={url} />
      {article.image && <meta property="og:image" content={absolute(article.image.url)} />}
      {article.publishedAt && <meta property="article:published_time" content={article.publishedAt} />}
      <meta property="article:modified_time" content={article.updatedAt} />
      <meta property="article:section" content={article.section.name} />
    </>
  );
}
