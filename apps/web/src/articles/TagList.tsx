import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useLanguage, useStrings } from '../i18n/LanguageContext';
import { localizedName } from '../i18n/localizedName';

export const TagList_tags = graphql(`
  fragment TagList_tags on Tag {
    id
    slug
    names {
      language
      name
    }
  }
`);

/** The article's tags, each linking to its tag page. */
export function TagList(props: { tags: ReadonlyArray<FragmentType<typeof TagList_tags>> }) {
  const tags = getFragmentData(TagList_tags, props.tags);
  const s = useStrings();
  // The article's language: the article page provides it.
  const language = useLanguage();
  if (tags.length === 0) return null;

  return (
    <ul className="tag-list" aria-label={s.tags}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Link to={`/tag/${tag.slug}`}>{localizedName(tag.names, language)}</Link>
        </li>
      ))}
    </ul>
  );
}
