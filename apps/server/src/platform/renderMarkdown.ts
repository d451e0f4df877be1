// Article bodies are CommonMark written by editors. Raw HTML in the source is escaped,
// never rendered (html: false), and markdown-it's link validation drops javascript: and
// similar URLs, so the HTML it produces is safe to insert into the page.
//
// Pictures in a body follow the lead picture's rule (@newsroom/rules/pictureUrl): this site
// or https with a host. Anything else (http:, a protocol-relative or relative address) is
// shown as its alt text instead: a browser would refuse it on an https page, or it would
// point somewhere the editor did not mean. Those kept load lazily, below the fold as they are.
import MarkdownIt from 'markdown-it';
import { isAllowedPictureUrl } from '@newsroom/rules/pictureUrl';
import { setBounded } from './boundedMap';

const markdown = new MarkdownIt('commonmark', { html: false });
const renderImage = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  if (!isAllowedPictureUrl(String(token.attrGet('src') ?? '')))
    return markdown.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
  token.attrSet('loading', 'lazy');
  token.attrSet('decoding', 'async');
  return renderImage(tokens, index, options, env, self);
};

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
