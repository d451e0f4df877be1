// Feeds and sitemaps are written as text; every value put into them goes through here.
// XML 1.0 forbids most control characters even escaped, so they are dropped rather than
// sent: one stray U+0001 in a title would make a feed reader refuse the whole feed.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or an attribute value, safe between tags and inside double or single quotes. */
export function escapeXml(text: string): string {
  return text.replace(forbidden, '').replace(/[&<>"']/g, (character) => entities[character]!);
}

/** RFC 822 dates, as RSS 2.0 wants them (`Fri, 04 Dec 2026 15:10:23 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}
