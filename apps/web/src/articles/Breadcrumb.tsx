import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';

export const Breadcrumb_article = graphql(`
  fragment Breadcrumb_article on Article {
    section {
      id
      name
      slug
    }
    source
  }
`);

/**
 * `Section / Source`: the section links to its page, the source (the agency) home. It is
 * one line whatever the width, as tall as the skeleton's placeholder: a long agency name
 * («Агентство «Речная линия»» at 320px) ends in an ellipsis, the whole of it in the tooltip.
 */
export function Breadcrumb(props: { article: FragmentType<typeof Breadcrumb_article> }) {
  const { section, source } = getFragmentData(Breadcrumb_article, props.article);
  const s = useStrings();

  return (
    <nav className="breadcrumb" aria-label={s.breadcrumb}>
      <ol>
        <li>
          <Link to={`/section/${section.slug}`} title={section.name}>
            {section.name}
          </Link>
        </li>
        {source && (
          <li>
            <span className="breadcrumb-separator" aria-hidden="true">
              /
            </span>
            <Link to="/" title={source}>
              {source}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  );
}
