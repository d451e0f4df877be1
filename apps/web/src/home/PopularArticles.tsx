import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';

export const PopularArticles_articles = graphql(`
  fragment PopularArticles_articles on Article {
    id
    slug
    title
    language
    commentCount
  }
`);

/**
 * A numbered list of headlines: the home page's "most read" and "most discussed" of the
 * week (Query.mostRead, Query.mostCommented). Nothing shows while the week has none.
 */
export function PopularArticles(props: {
  id: string;
  heading: string;
  articles: readonly FragmentType<typeof PopularArticles_articles>[];
  showComments?: boolean;
}) {
  const s = useStrings();
  const articles = props.articles.map((article) => getFragmentData(PopularArticles_articles, article));
  if (articles.length === 0) return null;
  const headingId = `${props.id}-heading`;
  return (
    <section className="popular" id={props.id} aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <ol className="popular-list">
        {articles.map((article) => (
          <li key={article.id}>
            <Link to={`/article/${article.slug}`} lang={htmlLang(article.language)}>
              {article.title}
            </Link>
            {props.showComments && <span className="popular-count"> {s.commentCount(article.commentCount)}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
