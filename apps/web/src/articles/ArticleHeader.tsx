import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';

export const ArticleHeader_article = graphql(`
  fragment ArticleHeader_article on Article {
    title
    lead
  }
`);

/** The headline and the standfirst under it. */
export function ArticleHeader(props: { article: FragmentType<typeof ArticleHeader_article> }) {
  const { title, lead } = getFragmentData(ArticleHeader_article, props.article);
  return (
    <header className="article-header">
      <h1 className="article-title">{title}</h1>
      <p className="lead">{lead}</p>
    </header>
  );
}
