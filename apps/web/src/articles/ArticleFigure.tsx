import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';

export const ArticleFigure_image = graphql(`
  fragment ArticleFigure_image on Image {
    url
    caption
  }
`);

/**
 * The article's picture. Width and height (16:9) let the browser reserve its box before
 * it loads; it is the page's largest element, so it is fetched first.
 */
export function ArticleFigure(props: { image: FragmentType<typeof ArticleFigure_image> }) {
  const { url, caption } = getFragmentData(ArticleFigure_image, props.image);
  return (
    <figure className="article-figure">
      <img src={url} alt={caption ?? ''} width={1200} height={675} fetchPriority="high" decoding="async" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
