import { NavLink } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { useLanguage } from '../i18n/LanguageContext';
import { localizedName } from '../i18n/localizedName';

export const SectionNav_sections = graphql(`
  fragment SectionNav_sections on Section {
    id
    slug
    names {
      language
      name
    }
  }
`);

interface Props {
  sections: ReadonlyArray<FragmentType<typeof SectionNav_sections>>;
  label: string;
}

/** Links to every section; the current one is marked with aria-current by NavLink. */
export function SectionNav(props: Props) {
  const sections = getFragmentData(SectionNav_sections, props.sections);
  // The page's language: the navigation follows an article's, like the rest of the chrome.
  const language = useLanguage();
  return (
    <nav className="section-nav nav-underline" aria-label={props.label}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <NavLink to={`/section/${section.slug}`}>{localizedName(section.names, language)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
