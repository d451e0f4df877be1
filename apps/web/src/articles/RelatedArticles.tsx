import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatShortDate } from '../i18n/formatDate';
import { useDisplayTimeZone } from '../i18n/useDisplayTimeZone';
import { useLanguage, useStrings } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';

export const RelatedArticles_articles = graphql(`
  fragment RelatedArticles_articles on Article {
    id
    slug
    title
    language
    publishedAt
  }
`);

/** Articles sharing tags with this one; nothing at all when there are none. */
export function RelatedArticles(props: { articles: ReadonlyArray<FragmentType<typeof RelatedArticles_articles>> }) {
  const articles = getFragmentData(RelatedArticles_articles, props.articles);
  const language = useLanguage();
  const s = useStrings();
  const timeZone = useDisplayTimeZone();
  if (articles.length === 0) return null;

  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{s.relatedArticles}</h2>
      <ul className="related-list">
        {articles.map((article) => (
          <li key={article.id}>
            <Link to={`/article/${article.slug}`} lang={htmlLang(article.language)}>
              {article.title}
            </Link>
            {article.publishedAt && <time dateTime={article.publishedAt}>{formatShortDate(article.publishedAt, language, timeZone)}</time>}
          </li>
        ))}
      </ul>
    </section>
  );
}
