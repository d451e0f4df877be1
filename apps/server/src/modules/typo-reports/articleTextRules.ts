// The text a reader sees of an article — title, lead, caption and the body as rendered
// (CommonMark syntax gone, entities decoded) — with white space collapsed, so a reader's
// selection can be found in it whatever paragraphs it spans. A typo report must quote it,
// and a revision that no longer contains a report's text closes the report.
import MarkdownIt from 'markdown-it';
import type { ArticleRow } from '@newsroom/db/schema';
import { collapseWhitespace } from '@newsroom/rules/quoteSelector';

const parser = new MarkdownIt('commonmark', { html: false });

export function readableText(article: Pick<ArticleRow, 'title' | 'lead' | 'body' | 'imageCaption'>): string {
  return collapseWhitespace([article.title, article.lead, article.imageCaption ?? '', bodyText(article.body)].join('\n'));
}

function bodyText(body: string): string {
  const blocks: string[] = [];
  for (const token of parser.parse(body, {})) {
    if (token.type !== 'inline') continue;
    blocks.push(
      (token.children ?? [])
        .map((child) =>
          child.type === 'softbreak' || child.type === 'hardbreak'
            ? ' '
            : child.type === 'text' || child.type === 'code_inline'
              ? child.content
              : '',
        )
        .join(''),
    );
  }
  return blocks.join('\n');
}
