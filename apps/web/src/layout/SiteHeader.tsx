import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql/gql';
import { useStrings } from '../i18n/LanguageContext';
import { SearchForm } from './SearchForm';
import { EditionSwitch } from './EditionSwitch';
import { SectionNav } from './SectionNav';
import { ThemeSwitch } from './ThemeSwitch';

const SiteHeaderQuery = graphql(`
  query SiteHeader {
    sections {
      id
      ...SectionNav_sections
    }
  }
`);

/** Site name, section navigation, the search form, the edition and colour scheme switches, on every page. */
export function SiteHeader() {
  const s = useStrings();
  // The sections rarely change: one request per visit, answered from the cache after.
  const { data } = useQuery(SiteHeaderQuery, { fetchPolicy: 'cache-first' });

  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {s.skipToContent}
      </a>
      <div className="wrap site-header-inner">
        <Link to="/" className="site-name">
          {s.siteName}
        </Link>
        <SectionNav sections={data?.sections ?? []} label={s.sectionsNavigation} />
        <SearchForm label={s.search} className="search-form site-search" />
        <EditionSwitch />
        <ThemeSwitch />
      </div>
    </header>
  );
}
