import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatShortDate } from '../i18n/formatDate';
import { useDisplayTimeZone } from '../i18n/useDisplayTimeZone';
import { useLanguage } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';
import { localizedName } from '../i18n/localizedName';

export const ArticleCard_article = graphql(`
  fragment ArticleCard_article on Article {
    id
    slug
    title
    lead
    language
    publishedAt
    section {
      id
      slug
      names {
        language
        name
      }
    }
    image {
      url
    }
    picture {
      variants {
        url
        format
        width
      }
    }
  }
`);

/** Cards fill a column of the grid: a third of 72rem on wide screens, half or all of narrower ones. */
const cardSizes = '(min-width: 72rem) 24rem, (min-width: 40rem) 50vw, 100vw';
/** The lead story's picture takes about three fifths of the page's width beside its text on wide screens. */
const leadSizes = '(min-width: 72rem) 42rem, (min-width: 48rem) 60vw, 100vw';

interface Props {
  article: FragmentType<typeof ArticleCard_article>;
  /** The first cards are above the fold: load their pictures at once. */
  eager?: boolean;
  /** The lead story: the card across the page, picture beside the text, headline larger. */
  lead?: boolean;
}

/** An article in a list: picture, section, headline linking to the article, standfirst, date. */
export function ArticleCard(props: Props) {
  const article = getFragmentData(ArticleCard_article, props.article);
  const language = useLanguage();
  const timeZone = useDisplayTimeZone();
  const lang = htmlLang(article.language);
  const titleId = `card-${article.id}`;
  const sizes = props.lead ? leadSizes : cardSizes;

  return (
    <article className={props.lead ? 'card card-lead-story' : 'card'} aria-labelledby={titleId}>
      {article.image && (
        // Decorative here: the headline beside it is the link and says what it shows.
        <picture>
          {article.picture && <source type="image/avif" srcSet={srcsetOf(article.picture.variants, 'AVIF')} sizes={sizes} />}
          {article.picture && <source type="image/webp" srcSet={srcsetOf(article.picture.variants, 'WEBP')} sizes={sizes} />}
          <img
            className="card-image"
            src={article.image.url}
            srcSet={article.picture ? srcsetOf(article.picture.variants, 'JPEG') : undefined}
            sizes={article.picture ? sizes : undefined}
            alt=""
            width={1200}
            height={675}
            loading={props.eager ? 'eager' : 'lazy'}
            decoding="async"
          />
        </picture>
      )}
      <div className="card-text">
        <Link className="card-section" to={`/section/${article.section.slug}`}>
          {localizedName(article.section.names, language)}
        </Link>
        <h2 className="card-title" id={titleId} lang={lang}>
          <Link to={`/article/${article.slug}`}>{article.title}</Link>
        </h2>
        <p className="card-lead" lang={lang}>
          {article.lead}
        </p>
        {article.publishedAt && (
          <time className="card-date" dateTime={article.publishedAt}>
            {formatShortDate(article.publishedAt, language, timeZone)}
          </time>
        )}
      </div>
    </article>
  );
}

const srcsetOf = (variants: readonly { url: string; format: string; width: number }[], format: string) =>
  variants
    .filter((variant) => variant.format === format)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
