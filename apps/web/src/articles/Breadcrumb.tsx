import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useLanguage, useStrings } from '../i18n/LanguageContext';
import { localizedName } from '../i18n/localizedName';

export const Breadcrumb_article = graphql(`
  fragment Breadcrumb_article on Article {
    section {
      id
      slug
      names {
        language
        name
      }
    }
    source
  }
`);

/**
 * `Section / Source`: the section links to its page; the source (the agency, free text with
 * no page of its own) is plain text, not a link that would only lead home. It is
 * one line whatever the width, as tall as the skeleton's placeholder: a long agency name
 * («Агентство «Речная линия»» at 320px) ends in an ellipsis, the whole of it in the tooltip.
 */
export function Breadcrumb(props: { article: FragmentType<typeof Breadcrumb_article> }) {
  const { section, source } = getFragmentData(Breadcrumb_article, props.article);
  const s = useStrings();
  // The article's language: the article page provides it.
  const sectionName = localizedName(section.names, useLanguage());

  return (
    <nav className="breadcrumb" aria-label={s.breadcrumb}>
      <ol>
        <li>
          <Link to={`/section/${section.slug}`} title={sectionName}>
            {sectionName}
          </Link>
        </li>
        {source && (
          <li>
            <span className="breadcrumb-separator" aria-hidden="true">
              /
            </span>
            <span className="breadcrumb-source" title={source}>
              {source}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
}
