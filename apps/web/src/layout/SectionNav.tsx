import { NavLink } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';

export const SectionNav_sections = graphql(`
  fragment SectionNav_sections on Section {
    id
    name
    slug
  }
`);

interface Props {
  sections: ReadonlyArray<FragmentType<typeof SectionNav_sections>>;
  label: string;
}

/** Links to every section; the current one is marked with aria-current by NavLink. */
export function SectionNav(props: Props) {
  const sections = getFragmentData(SectionNav_sections, props.sections);
  return (
    <nav className="section-nav" aria-label={props.label}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <NavLink to={`/section/${section.slug}`}>{section.name}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
