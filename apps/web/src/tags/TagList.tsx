import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';

export const TagList_tags = graphql(`
  fragment TagList_tags on Tag {
    id
    name
    slug
  }
`);

/** The article's tags, each linking to its tag page. */
export function TagList(props: { tags: ReadonlyArray<FragmentType<typeof TagList_tags>> }) {
  const tags = getFragmentData(TagList_tags, props.tags);
  const s = useStrings();
  if (tags.length === 0) return null;

  return (
    <ul className="tag-list" aria-label={s.tags}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Link to={`/tag/${tag.slug}`}>{tag.name}</Link>
        </li>
      ))}
    </ul>
  );
}
