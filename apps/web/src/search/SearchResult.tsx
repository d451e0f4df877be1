import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatShortDate } from '../i18n/formatDate';
import { useLanguage } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';
import { localizedName } from '../i18n/localizedName';
import { useDisplayTimeZone } from '../i18n/useDisplayTimeZone';
import { HighlightedText } from './HighlightedText';

export const SearchResult_hit = graphql(`
  fragment SearchResult_hit on SearchHit {
    article {
      id
      slug
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
    }
    title {
      text
      highlighted
    }
    snippet {
      text
      highlighted
    }
  }
`);

/** One search result: section, the headline linking to the article, a passage around the matching words, date. */
export function SearchResult(props: { hit: FragmentType<typeof SearchResult_hit> }) {
  const { article, title, snippet } = getFragmentData(SearchResult_hit, props.hit);
  const language = useLanguage();
  const timeZone = useDisplayTimeZone();
  const lang = htmlLang(article.language);
  return (
    <article className="search-result" aria-labelledby={`result-${article.id}`}>
      <Link className="card-section" to={`/section/${article.section.slug}`}>
        {localizedName(article.section.names, language)}
      </Link>
      <h2 className="card-title" id={`result-${article.id}`} lang={lang}>
        <Link to={`/article/${article.slug}`}>
          <HighlightedText fragments={title} />
        </Link>
      </h2>
      <p className="search-snippet" lang={lang}>
        <HighlightedText fragments={snippet} />
      </p>
      {article.publishedAt && (
        <time className="card-date" dateTime={article.publishedAt}>
          {formatShortDate(article.publishedAt, language, timeZone)}
        </time>
      )}
    </article>
  );
}
