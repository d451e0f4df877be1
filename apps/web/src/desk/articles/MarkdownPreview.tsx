import { useQuery } from '@apollo/client/react';
import { isAllowedPictureUrl } from '@newsroom/rules/pictureUrl';
import { graphql } from '../gql/gql';
import { htmlLang } from '../../i18n/locale';
import type { ArticleDraft } from './articleDraft';
import { deskStrings as s } from '../shell/deskStrings';
import { useDebouncedValue } from '../common/useDebouncedValue';

const PreviewMarkdownQuery = graphql(`
  query DeskPreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

// Only the addresses the server accepts for a picture (the form sends it trimmed);
// anything else is not loaded.
const previewableImage = (url: string) => isAllowedPictureUrl(url.trim());

/**
 * The article as readers will see it, with the article page's own classes. The body is
 * rendered by the server's CommonMark renderer (previewMarkdown), the very one that makes
 * an article's bodyHtml, so the preview cannot differ from the page; the editor's text is
 * never turned into HTML here.
 */
export function MarkdownPreview({ draft }: { draft: ArticleDraft }) {
  const body = useDebouncedValue(draft.body, 350);
  // Bodies already rendered come from the cache (the variables are the whole body).
  const { data, previousData } = useQuery(PreviewMarkdownQuery, { variables: { body }, skip: !body.trim() });
  const html = body.trim() ? (data ?? previousData)?.previewMarkdown : '';

  return (
    <section className="desk-preview" aria-labelledby="desk-preview-heading">
      <h2 id="desk-preview-heading" className="desk-preview-label">
        {s.preview}
      </h2>
      <article className="article" lang={htmlLang(draft.language)}>
        <header className="article-header">
          <p className="article-title">{draft.title}</p>
          <p className="lead">{draft.lead}</p>
        </header>
        {previewableImage(draft.imageUrl) && (
          <figure className="article-figure">
            <img src={draft.imageUrl.trim()} alt={draft.imageCaption} width={1200} height={675} />
            {draft.imageCaption && <figcaption>{draft.imageCaption}</figcaption>}
          </figure>
        )}
        {html ? (
          // Server-rendered CommonMark with raw HTML escaped: inserted exactly as ArticleBody
          // inserts bodyHtml (ARCHITECTURE.md: the one kind of HTML the app inserts).
          <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="desk-hint">{s.previewEmpty}</p>
        )}
      </article>
    </section>
  );
}
