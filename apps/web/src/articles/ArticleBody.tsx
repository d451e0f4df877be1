import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';

export const ArticleBody_article = graphql(`
  fragment ArticleBody_article on Article {
    bodyHtml
  }
`);

/**
 * The body paragraphs. bodyHtml is rendered by the server from the editor's CommonMark
 * with raw HTML escaped, which makes it the one string this app inserts as HTML.
 * Nothing else — least of all anything a reader wrote — may be.
 */
export function ArticleBody(props: { article: FragmentType<typeof ArticleBody_article> }) {
  const { bodyHtml } = getFragmentData(ArticleBody_article, props.article);
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />;
}
