import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatDateTime } from '../../i18n/formatDate';
import { deskStrings as s } from '../shell/deskStrings';

export const DeskArticleRow_article = graphql(`
  fragment DeskArticleRow_article on Article {
    id
    title
    status
    publishAt
    updatedAt
    section {
      id
      name(language: EN)
    }
  }
`);

/** One row of the desk's article list; the title opens the editor. */
export function DeskArticleRow(props: { article: FragmentType<typeof DeskArticleRow_article> }) {
  const article = getFragmentData(DeskArticleRow_article, props.article);
  return (
    <tr>
      <td>
        <Link to={`/desk/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
      </td>
      <td>
        <span className={`desk-status desk-status-${article.status.toLowerCase()}`}>{s[article.status]}</span>
        {article.publishAt && <span className="desk-scheduled"> {s.scheduledFor(formatDateTime(article.publishAt, 'EN'))}</span>}
      </td>
      <td>{article.section.name}</td>
      <td>
        <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, 'EN')}</time>
      </td>
    </tr>
  );
}
