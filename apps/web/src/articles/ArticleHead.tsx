import { siteOrigin } from '../ssr/siteOrigin';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { localizedName } from '../i18n/localizedName';
import { htmlLang, ogLocale } from '../i18n/locale';
import { t } from '../i18n/strings';
import { articleStructuredData, jsonForScript } from './articleStructuredData';
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
    author
    source
    authors {
      id
      name
      url
    }
    section {
      id
      slug
      names {
        language
        name
      }
    }
    translations {
      id
      slug
      language
    }
  }
`);

/**
 * The document title, description, Open Graph and Twitter card tags; React 19 hoists these
 * into <head>. The server renders them too, into the <head> of the page it sends. The
 * schema.org data (NewsArticle, BreadcrumbList) stays where it is rendered, in the body,
 * where search engines read JSON-LD as well.
 */
export function ArticleHead(props: { article: FragmentType<typeof ArticleHead_article> }) {
  const article = getFragmentData(ArticleHead_article, props.article);
  const siteName = t(article.language).siteName;
  const origin = usePageStatusContext()?.origin ?? siteOrigin();
  const absolute = (path: string) => new URL(path, origin).href;
  const url = absolute(`/article/${article.slug}`);
  // The library picture's 1200×630 JPEG: what social networks show in a link's card.
  const card = article.picture?.variants.find((variant) => variant.format === 'OG');
  const sectionName = localizedName(article.section.names, article.language);
  const cardImage = card ? absolute(card.url) : article.image ? absolute(article.image.url) : undefined;
  // Every language version of the story, this one included, for search engines (hreflang);
  // x-default, for readers of neither language, is the English one.
  const versions = [{ slug: article.slug, language: article.language }, ...article.translations];
  const fallback = versions.find((version) => version.language === 'EN') ?? versions[0]!;
  const structuredData = articleStructuredData({
    origin,
    siteName,
    slug: article.slug,
    title: article.title,
    lead: article.lead,
    inLanguage: htmlLang(article.language),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    images: [card?.url, article.image?.url].filter((image): image is string => Boolean(image)),
    authors: article.authors,
    author: article.author,
    source: article.source,
    section: { name: sectionName, slug: article.section.slug },
  });

  return (
    <>
      <title>{`${article.title} — ${siteName}`}</title>
      <meta name="description" content={article.lead} />
      <link rel="canonical" href={url} />
      {article.translations.length > 0 &&
        [...versions, { slug: fallback.slug, language: 'x-default' as const }].map((version) => (
          <link
            key={version.language}
            rel="alternate"
            hrefLang={version.language === 'x-default' ? version.language : htmlLang(version.language)}
            href={absolute(`/article/${encodeURIComponent(version.slug)}`)}
          />
        ))}
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
          <meta name="twitter:image:alt" content={article.picture!.alt} />
        </>
      ) : (
        article.image && <meta property="og:image" content={absolute(article.image.url)} />
      )}
      <meta name="twitter:card" content={cardImage ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={article.title} />
      <meta name="twitter:description" content={article.lead} />
      {cardImage && <meta name="twitter:image" content={cardImage} />}
      {article.publishedAt && <meta property="article:published_time" content={article.publishedAt} />}
      <meta property="article:modified_time" content={article.updatedAt} />
      <meta property="article:section" content={sectionName} />
      {structuredData.map((data) => (
        <script key={String(data['@type'])} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
      ))}
    </>
  );
}
