// The article's schema.org data: the properties Google's NewsArticle documentation lists
// (headline, image, datePublished, dateModified, author with name and url) and schema.org's
// (description, publisher, inLanguage), a BreadcrumbList whose items are numbered from 1,
// absolute URLs only, and JSON that no title can break out of its <script> with.
import { describe, expect, it } from 'vitest';
import { articleStructuredData, jsonForScript, type StructuredDataInput } from './articleStructuredData';

const input: StructuredDataInput = {
  origin: 'https://news.example',
  siteName: 'Newsroom',
  slug: 'harbour-ferries',
  title: 'Harbour ferries return',
  lead: 'The line runs again.',
  inLanguage: 'en',
  publishedAt: '2026-12-04T09:00:00.000Z',
  updatedAt: '2026-12-04T10:30:00.000Z',
  images: ['/media/3/og-1200.jpg', 'https://cdn.example/ferry.jpg'],
  authors: [{ name: 'Ann Lee', url: '/author/ann-lee' }],
  author: 'ignored while a profile is credited',
  source: 'Harbour Agency',
  section: { name: 'City', slug: 'city' },
};

function absoluteUrls(value: unknown): string[] {
  if (typeof value === 'string') return /^(\/|https?:)/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(absoluteUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(absoluteUrls);
  return [];
}

describe('NewsArticle', () => {
  it('has every required and recommended property, with absolute URLs', () => {
    const [article] = articleStructuredData(input);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour ferries return',
      description: 'The line runs again.',
      image: ['https://news.example/media/3/og-1200.jpg', 'https://cdn.example/ferry.jpg'],
      datePublished: '2026-12-04T09:00:00.000Z',
      dateModified: '2026-12-04T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Ann Lee', url: 'https://news.example/author/ann-lee' }],
      publisher: { '@type': 'Organization', name: 'Newsroom', logo: { '@type': 'ImageObject', url: 'https://news.example/favicon.svg' } },
      inLanguage: 'en',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/article/harbour-ferries' },
    });
    for (const url of absoluteUrls(article)) expect(url).toMatch(/^https:\/\//);
  });

  it('credits the byline, else the source, when no author profile is', () => {
    expect(articleStructuredData({ ...input, authors: [] })[0].author).toEqual([{ '@type': 'Person', name: input.author }]);
    expect(articleStructuredData({ ...input, authors: [], author: null })[0].author).toEqual([
      { '@type': 'Organization', name: 'Harbour Agency' },
    ]);
    expect(articleStructuredData({ ...input, authors: [], author: null, source: null })[0]).not.toHaveProperty('author');
  });
});

it('places the article in a BreadcrumbList: home, section, article, numbered from 1', () => {
  const [, breadcrumbs] = articleStructuredData(input);
  expect(breadcrumbs).toEqual({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Newsroom', item: 'https://news.example/' },
      { '@type': 'ListItem', position: 2, name: 'City', item: 'https://news.example/section/city' },
      { '@type': 'ListItem', position: 3, name: 'Harbour ferries return', item: 'https://news.example/article/harbour-ferries' },
    ],
  });
});

it('writes JSON that cannot end its <script> element, open a comment or end a line', () => {
  const value = { headline: '</script><script>alert(1)</script><!-- & -->\u2028\u2029' };
  const json = jsonForScript(value);
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  expect(JSON.parse(json)).toEqual(value);
});
