// RSS 2.0 feeds, sitemaps and robots.txt: what search engines, aggregators and feed readers
// read (ADR 032). Each answer is a whole document built from the database as text; every
// value goes through escapeXml, and every address is absolute, from PUBLIC_URL (the origin
// passed in), never from the request's Host header.
import type { Queryable } from '@newsroom/db/openDatabase';
import { nameIn } from '@newsroom/rules/sectionsAndTags';
import { escapeXml, rfc822 } from '../../platform/xml';
import { renderMarkdown } from '../../platform/renderMarkdown';
import { findAuthorsOfArticles } from '../authors/authorQueries';
import { findSectionBySlug } from '../sections/sectionQueries';
import { findTagBySlug, findTagsOfArticles } from '../tags/tagQueries';
import {
  countLiveArticles,
  lastModifiedPerPage,
  listFeedArticles,
  listListingSlugs,
  listLiveTranslations,
  listNewsArticles,
  listSitemapArticles,
} from './feedQueries';
import { absoluteLinks, feedItemLimit, newsSitemapHours, newsSitemapLimit, sitemapPageSize, type FeedLanguage } from './feedRules';

const siteName = 'Newsroom';
const siteDescription: Record<FeedLanguage, string> = {
  en: 'The latest news from Newsroom',
  ru: 'Последние новости Newsroom',
};

/** Which feed: the whole edition, or one section's or tag's articles in it. */
export type FeedScope = { kind: 'edition' } | { kind: 'section' | 'tag'; slug: string };

/** The feed's XML; undefined when the section or tag does not exist. */
export async function rssFeed(db: Queryable, origin: string, scope: FeedScope, language: FeedLanguage): Promise<string | undefined> {
  const absolute = (path: string) => new URL(path, `${origin}/`).href;
  const query = language === 'en' ? '' : `?lang=${language}`;
  let channel: { title: string; link: string; self: string; description: string };
  let rows;
  if (scope.kind === 'edition') {
    channel = { title: siteName, link: absolute('/'), self: absolute(`/rss.xml${query}`), description: siteDescription[language] };
    rows = await listFeedArticles(db, { language, limit: feedItemLimit });
  } else {
    const row = scope.kind === 'section' ? await findSectionBySlug(db, scope.slug) : await findTagBySlug(db, scope.slug);
    if (!row) return undefined;
    const name = nameIn(row.names, language, row.name);
    const path = `/${scope.kind}/${encodeURIComponent(row.slug)}`;
    channel = {
      title: `${name} — ${siteName}`,
      link: absolute(path),
      self: absolute(`${path}/rss.xml${query}`),
      description: `${name}: ${siteDescription[language]}`,
    };
    rows = await listFeedArticles(db, {
      language,
      limit: feedItemLimit,
      ...(scope.kind === 'section' ? { sectionId: row.id } : { tagId: row.id }),
    });
  }
  const ids = rows.map(({ article }) => article.id);
  const [authorsOf, tagsOf, versionsOf] = await Promise.all([
    findAuthorsOfArticles(db, ids),
    findTagsOfArticles(db, ids),
    languageVersions(
      db,
      rows.map(({ article }) => article.translationGroup),
    ),
  ]);
  const newest = rows[0]?.article.publishedAt;

  const items = rows.map(({ article, section }) => {
    const link = absolute(`/article/${encodeURIComponent(article.slug)}`);
    const byline = (authorsOf.get(article.id) ?? []).map((author) => author.name).join(', ') || article.author;
    const categories = [
      nameIn(section.names, language, section.name),
      ...(tagsOf.get(article.id) ?? []).map((tag) => nameIn(tag.names, language, tag.name)),
    ];
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<description>${escapeXml(article.lead)}</description>`,
      `<content:encoded>${escapeXml(absoluteLinks(renderMarkdown(article.body), origin))}</content:encoded>`,
      article.publishedAt ? `<pubDate>${rfc822(article.publishedAt)}</pubDate>` : '',
      byline ? `<dc:creator>${escapeXml(byline)}</dc:creator>` : '',
      ...categories.map((category) => `<category>${escapeXml(category)}</category>`),
      // The story in the other languages: Atom's alternate links, as RSS has none of its own.
      ...(versionsOf(article.translationGroup) ?? [])
        .filter((version) => version.slug !== article.slug)
        .map(
          (version) =>
            `<atom:link rel="alternate" hreflang="${version.language}" href="${escapeXml(absolute(`/article/${encodeURIComponent(version.slug)}`))}"/>`,
        ),
      '</item>',
    ].join('');
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${language}</language>`,
    `<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    `<ttl>5</ttl>`,
    ...items,
    '</channel>',
    '</rss>\n',
  ].join('');
}

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * /sitemap.xml, an index: the listing pages' sitemap, one sitemap per `pageSize` live
 * articles (the protocol allows 50,000 URLs a file), and the news sitemap.
 */
export async function sitemapIndex(db: Queryable, origin: string, pageSize = sitemapPageSize): Promise<string> {
  const pages = await lastModifiedPerPage(db, pageSize);
  const entries = [
    `<sitemap><loc>${escapeXml(`${origin}/sitemap-pages.xml`)}</loc></sitemap>`,
    ...pages.map(
      ({ page, lastModified }) =>
        `<sitemap><loc>${escapeXml(`${origin}/sitemap-articles-${page}.xml`)}</loc><lastmod>${lastModified.toISOString()}</lastmod></sitemap>`,
    ),
    `<sitemap><loc>${escapeXml(`${origin}/sitemap-news.xml`)}</loc></sitemap>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${sitemapNamespace}">${entries.join('')}</sitemapindex>\n`;
}

/** One page (from 1) of the articles' sitemap; undefined past the last page. */
export async function articleSitemap(db: Queryable, origin: string, page: number, pageSize = sitemapPageSize): Promise<string | undefined> {
  if (!Number.isSafeInteger(page) || page < 1) return undefined;
  // Page 1 exists even while there is no article, so the index never names a missing file.
  if (page > 1 && (page - 1) * pageSize >= (await countLiveArticles(db))) return undefined;
  const rows = await listSitemapArticles(db, (page - 1) * pageSize, pageSize);
  const versionsOf = await languageVersions(
    db,
    rows.map((row) => row.translationGroup),
  );
  const articleUrl = (slug: string) => escapeXml(`${origin}/article/${encodeURIComponent(slug)}`);
  const urls = rows.map((row) => {
    // Every language version, this one included, as the sitemap protocol's hreflang wants;
    // none for a story in one language only.
    const versions = versionsOf(row.translationGroup) ?? [];
    const alternates =
      versions.length > 1
        ? versions
            .map((version) => `<xhtml:link rel="alternate" hreflang="${version.language}" href="${articleUrl(version.slug)}"/>`)
            .join('')
        : '';
    return `<url><loc>${articleUrl(row.slug)}</loc><lastmod>${row.updatedAt.toISOString()}</lastmod>${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${sitemapNamespace}" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`;
}

/** The live language versions of each translation group among `groups` (ADR 034), looked up by group. */
async function languageVersions(db: Queryable, groups: readonly (number | null)[]) {
  const wanted = [...new Set(groups.filter((group): group is number => group !== null))];
  const byGroup = new Map<number, { slug: string; language: FeedLanguage }[]>();
  for (const row of await listLiveTranslations(db, wanted)) {
    byGroup.set(row.translationGroup, [...(byGroup.get(row.translationGroup) ?? []), { slug: row.slug, language: row.language }]);
  }
  return (group: number | null) => (group === null ? undefined : byGroup.get(group));
}

/** The home page and every section, tag and author page. */
export async function listingSitemap(db: Queryable, origin: string): Promise<string> {
  const { sections, tags, authors } = await listListingSlugs(db);
  const paths = [
    '/',
    ...sections.map((slug) => `/section/${encodeURIComponent(slug)}`),
    ...tags.map((slug) => `/tag/${encodeURIComponent(slug)}`),
    ...authors.map((slug) => `/author/${encodeURIComponent(slug)}`),
  ];
  const urls = paths.map((path) => `<url><loc>${escapeXml(new URL(path, `${origin}/`).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${sitemapNamespace}">${urls.join('')}</urlset>\n`;
}

/** The Google News sitemap: articles published in the last 48 hours. */
export async function newsSitemap(db: Queryable, origin: string, now = new Date()): Promise<string> {
  const since = new Date(now.getTime() - newsSitemapHours * 3_600_000);
  const rows = await listNewsArticles(db, since, newsSitemapLimit);
  const urls = rows.map((row) =>
    [
      '<url>',
      `<loc>${escapeXml(`${origin}/article/${encodeURIComponent(row.slug)}`)}</loc>`,
      '<news:news>',
      `<news:publication><news:name>${siteName}</news:name><news:language>${row.language}</news:language></news:publication>`,
      `<news:publication_date>${row.publishedAt!.toISOString()}</news:publication_date>`,
      `<news:title>${escapeXml(row.title)}</news:title>`,
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${sitemapNamespace}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.join('')}</urlset>\n`;
}

/** robots.txt: everything but the desk, the API and draft previews; where the sitemaps are. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /desk',
    'Disallow: /graphql',
    'Disallow: /preview/',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    `Sitemap: ${origin}/sitemap-news.xml`,
    '',
  ].join('\n');
}
