import { preload } from 'react-dom';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';

export const ArticleFigure_article = graphql(`
  fragment ArticleFigure_article on Article {
    image {
      url
      caption
      alt
    }
    picture {
      id
      url
      alt
      credit
      width
      height
      placeholder
      variants {
        url
        format
        width
      }
    }
  }
`);

/** The article column is at most 70ch (about 42rem) wide; narrower screens fill the width. */
const columnSizes = '(min-width: 46rem) 42rem, 100vw';

/**
 * The article's picture. A library picture is a <picture> offering AVIF, then WebP, then
 * JPEG at every width (the browser picks by format support, `sizes` and the screen's
 * density); its width and height reserve the box before it loads, and the tiny blurred
 * placeholder (an <img> of a data: URL under it: the Content-Security-Policy allows no
 * inline style) fills the box until the picture covers it — no script needed. It is the
 * page's largest element, so it is fetched first. A legacy picture URL is one <img>.
 */
export function ArticleFigure(props: { article: FragmentType<typeof ArticleFigure_article> }) {
  const { image, picture } = getFragmentData(ArticleFigure_article, props.article);
  if (picture) {
    const srcset = (format: string) =>
      picture.variants
        .filter((variant) => variant.format === format)
        .map((variant) => `${variant.url} ${variant.width}w`)
        .join(', ');
    // React preloads a lone <img>, not one inside <picture> (it cannot know which source wins):
    // the AVIF set is preloaded here, typed so a browser without AVIF skips it.
    const avif = picture.variants.filter((variant) => variant.format === 'AVIF');
    if (avif.length)
      preload(avif[avif.length - 1]!.url, {
        as: 'image',
        type: 'image/avif',
        imageSrcSet: srcset('AVIF'),
        imageSizes: columnSizes,
        fetchPriority: 'high',
      });
    return (
      <figure className="article-figure">
        <div className="picture-frame">
          {picture.placeholder && (
            <img
              className="picture-placeholder"
              src={picture.placeholder}
              alt=""
              aria-hidden="true"
              width={picture.width}
              height={picture.height}
            />
          )}
          <picture>
            <source type="image/avif" srcSet={srcset('AVIF')} sizes={columnSizes} />
            <source type="image/webp" srcSet={srcset('WEBP')} sizes={columnSizes} />
            <img
              src={picture.url}
              srcSet={srcset('JPEG')}
              sizes={columnSizes}
              alt={picture.alt}
              width={picture.width}
              height={picture.height}
              fetchPriority="high"
              decoding="async"
            />
          </picture>
        </div>
        {(image?.caption || picture.credit) && (
          <figcaption>
            {image?.caption}
            {picture.credit && <span className="picture-credit">{picture.credit}</span>}
          </figcaption>
        )}
      </figure>
    );
  }
  if (!image) return null;
  // A legacy picture URL: its caption, shown under it, describes it, so alt text does not repeat it.
  return (
    <figure className="article-figure">
      <img src={image.url} alt={image.alt} width={1200} height={675} fetchPriority="high" decoding="async" />
      {image.caption && <figcaption>{image.caption}</figcaption>}
    </figure>
  );
}
