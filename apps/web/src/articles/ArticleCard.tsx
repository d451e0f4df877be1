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
  }
`);

interface Props {
  article: FragmentType<typeof ArticleCard_article>;
  /** The first cards are above the fold: load their pictures at once. */
  eager?: boolean;
}

/** An article in a list: picture, section, headline linking to the article, standfirst, date. */
export function ArticleCard(props: Props) {
  const article = getFragmentData(ArticleCard_article, props.article);
  const language = useLanguage();
  const timeZone = useDisplayTimeZone();
  const lang = htmlLang(article.language);
  const titleId = `card-${article.id}`;

  return (
    <article className="card" aria-labelledby={titleId}>
      {article.image && (
        // Decorative here: the headline beside it is the link and says what it shows.
        <img
          className="card-image"
          src={article.image.url}
          alt=""
          width={1200}
          height={675}
          loading={props.eager ? 'eager' : 'lazy'}
          decoding="async"
        />
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
