// Article bodies are CommonMark written by editors. Raw HTML in the source is escaped,
// never rendered (html: false), and markdown-it's link validation drops javascript: and
// similar URLs, so the HTML it produces is safe to insert into the page.
import MarkdownIt from 'markdown-it';
import { setBounded } from './boundedMap';

const markdown = new MarkdownIt('commonmark', { html: false });

// Rendering is cheap but the same bodies are read again and again; keep recent ones,
// keyed by the text itself so an edit can never be served stale.
const cache = new Map<string, string>();
const cacheLimit = 500;

export function renderMarkdown(source: string): string {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const html = markdown.render(source);
  setBounded(cache, source, html, cacheLimit);
  return html;
}
