// schema.org data for search engines (ADR 032): the article as a NewsArticle and its place
// in the site as a BreadcrumbList, written into the page as JSON-LD. Every URL is absolute,
// from the site's public origin.

export interface StructuredDataInput {
  origin: string;
  /** The publisher, and the first crumb (the home page). */
  siteName: string;
  slug: string;
  title: string;
  lead: string;
  /** BCP 47, as <html lang> has it. */
  inLanguage: string;
  publishedAt: string | null | undefined;
  updatedAt: string;
  /** Paths or URLs of the article's pictures, largest first. */
  images: string[];
  authors: { name: string; url: string }[];
  /** The free-text byline, used when no author profile is credited. */
  author: string | null | undefined;
  /** The agency the story comes from: the author of last resort. */
  source: string | null | undefined;
  section: { name: string; slug: string };
}

export function articleStructuredData(input: StructuredDataInput): [Record<string, unknown>, Record<string, unknown>] {
  const absolute = (path: string) => new URL(path, `${input.origin}/`).href;
  const url = absolute(`/article/${encodeURIComponent(input.slug)}`);
  const author = input.authors.length
    ? input.authors.map((person) => ({ '@type': 'Person', name: person.name, url: absolute(person.url) }))
    : input.author
      ? [{ '@type': 'Person', name: input.author }]
      : input.source
        ? [{ '@type': 'Organization', name: input.source }]
        : undefined;
  const newsArticle = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: input.title,
    description: input.lead,
    ...(input.images.length ? { image: input.images.map(absolute) } : {}),
    ...(input.publishedAt ? { datePublished: input.publishedAt } : {}),
    dateModified: input.updatedAt,
    ...(author ? { author } : {}),
    publisher: {
      '@type': 'Organization',
      name: input.siteName,
      url: absolute('/'),
      logo: { '@type': 'ImageObject', url: absolute('/favicon.svg') },
    },
    inLanguage: input.inLanguage,
    articleSection: input.section.name,
  };
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { name: input.siteName, item: absolute('/') },
      { name: input.section.name, item: absolute(`/section/${encodeURIComponent(input.section.slug)}`) },
      { name: input.title, item: url },
    ].map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, ...crumb })),
  };
  return [newsArticle, breadcrumbs];
}

/**
 * JSON for a <script type="application/ld+json">: nothing a writer typed (a title with
 * "</script>" in it) can end the element or open a comment; JSON parsers read the escapes
 * back as the characters they stand for (the server's jsonForHtml does the same for state).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
