import { useStrings } from '../i18n/LanguageContext';
import { useLimits } from '../limits/useLimits';

interface Props {
  /** The query shown in the field (the search page's own), empty elsewhere. */
  query?: string;
  /** Names the landmark: the header's and the search page's forms are two. */
  label: string;
  className?: string;
}

/**
 * A search form that needs no script: a GET to /search?q=…, which the server renders. In the
 * header of every page, and on the search page itself (ADR 033).
 */
export function SearchForm({ query = '', label, className }: Props) {
  const s = useStrings();
  const { search } = useLimits();
  return (
    <form role="search" aria-label={label} action="/search" method="get" className={className ?? 'search-form'}>
      <input type="search" name="q" defaultValue={query} maxLength={search.queryMax} aria-label={s.searchQuery} placeholder={s.search} />
      <button type="submit">{s.search}</button>
    </form>
  );
}
