import { siteOrigin } from '../ssr/siteOrigin';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { localizedName } from '../i18n/localizedName';
import { ogLocale } from '../i18n/locale';
import { t } from '../i18n/strings';
import { usePageStatusContext } from '../ssr/PageStatusContext';

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
      alt
    }
    picture {
      alt
      variants {
        url
        format
        width
        height
      }
    }
    section {
      id
      names {
        language
        name
      }
    }
  }
`);

/**
 * The document title, description and Open Graph tags; React 19 hoists these into <head>.
 * The server renders them too, into the <head> of the page it sends.
 */
export function ArticleHead(props: { article: FragmentType<typeof ArticleHead_article> }) {
  const article = getFragmentData(ArticleHead_article, props.article);
  const siteName = t(article.language).siteName;
  const origin = usePageStatusContext()?.origin ?? siteOrigin();
  const absolute = (path: string) => new URL(path, origin).href;
  const url = absolute(`/article/${article.slug}`);
  // The library picture's 1200×630 JPEG: what social networks show in a link's card.
  const card = article.picture?.variants.find((variant) => variant.format === 'OG');

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
      {card ? (
        <>
          <meta property="og:image" content={absolute(card.url)} />
          <meta property="og:image:type" content="image/jpeg" />
          <meta property="og:image:width" content={String(card.width)} />
          <meta property="og:image:height" content={String(card.height)} />
          <meta property="og:image:alt" content={article.picture!.alt} />
          <meta name="twitter:card" content="summary_large_image" />
          <meta name="twitter:image" content={absolute(card.url)} />
          <meta name="twitter:image:alt" content={article.picture!.alt} />
        </>
      ) : (
        article.image && <meta property="og:image" content={absolute(article.image.url)} />
      )}
      {article.publishedAt && <meta property="article:published_time" content={article.publishedAt} />}
      <meta property="article:modified_time" content={article.updatedAt} />
      <meta property="article:section" content={localizedName(article.section.names, article.language)} />
    </>
  );
}
