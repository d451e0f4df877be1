// Pure rules of the feeds and sitemaps: which edition a request names, and article HTML
// with its links made absolute (a feed reader shows the body away from the site, where a
// relative /article/… or /media/… address leads nowhere).

export const feedLanguages = ['en', 'ru'] as const;
export type FeedLanguage = (typeof feedLanguages)[number];

/** How many items a feed carries: the newest, as readers poll often and want only news. */
export const feedItemLimit = 50;
/** The sitemap protocol's limit of URLs per sitemap file. */
export const sitemapPageSize = 50_000;
/** Google News reads articles of the last two days only, and at most 1,000 per sitemap. */
export const newsSitemapHours = 48;
export const newsSitemapLimit = 1_000;

/** The edition `?lang=` names: English when absent; undefined when it names none we have. */
export function feedLanguage(raw: string | null): FeedLanguage | undefined {
  if (raw === null || raw === '') return 'en';
  return (feedLanguages as readonly string[]).includes(raw) ? (raw as FeedLanguage) : undefined;
}

const attribute = /\s(href|src)="([^"]*)"/g;

/**
 * The renderer's HTML (platform/renderMarkdown.ts: attributes always in double quotes,
 * their values entity-escaped) with every href and src resolved against the site's origin.
 * Addresses that are absolute already are left as they are.
 */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(attribute, (whole, name: string, value: string) => {
    const raw = value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    let resolved: string;
    try {
      resolved = new URL(raw, `${origin}/`).href;
    } catch {
      return whole;
    }
    return ` ${name}="${resolved.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
  });
}
