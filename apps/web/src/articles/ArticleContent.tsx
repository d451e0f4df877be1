import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { TagList } from './TagList';
import { ArticleBody } from './ArticleBody';
import { ArticleByline } from './ArticleByline';
import { ArticleFigure } from './ArticleFigure';
import { ArticleHeader } from './ArticleHeader';

export const ArticleContent_article = graphql(`
  fragment ArticleContent_article on Article {
    ...ArticleHeader_article
    ...ArticleFigure_article
    ...ArticleBody_article
    ...ArticleByline_article
    tags {
      id
      ...TagList_tags
    }
  }
`);

/**
 * What an article says, from its headline to its tags: the article page and its preview
 * (`preview/PreviewPage.tsx`) both render it, so a preview shows what readers will see.
 */
export function ArticleContent(props: { article: FragmentType<typeof ArticleContent_article> }) {
  const article = getFragmentData(ArticleContent_article, props.article);
  return (
    <>
      <ArticleHeader article={article} />
      <ArticleByline article={article} />
      <ArticleFigure article={article} />
      <ArticleBody article={article} />
      <TagList tags={article.tags} />
    </>
  );
}
