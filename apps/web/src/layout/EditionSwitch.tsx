import { useLocation } from 'react-router';
import type { Language } from '../gql/graphql';
import { useEdition } from '../i18n/EditionContext';
import { useStrings } from '../i18n/LanguageContext';
import { htmlLang } from '../i18n/locale';

/** Each edition by its own name, as readers of it look for it. */
const editionNames: ReadonlyArray<{ edition: Language; name: string }> = [
  { edition: 'EN', name: 'English' },
  { edition: 'RU', name: 'Русский' },
];

/**
 * The edition switch (ADR 034): plain links to the server's /edition, which remembers the
 * choice in a cookie and sends the reader back here, rendered in the new edition. Full page
 * loads, so it works without JavaScript and every page is rendered in one edition.
 */
export function EditionSwitch() {
  const s = useStrings();
  const edition = useEdition();
  const { pathname, search } = useLocation();
  const back = encodeURIComponent(pathname + search);
  return (
    <nav className="edition-switch" aria-label={s.editionSwitch}>
      <ul>
        {editionNames.map(({ edition: each, name }) => (
          <li key={each}>
            {each === edition ? (
              <span aria-current="true" lang={htmlLang(each)}>
                {name}
              </span>
            ) : (
              <a href={`/edition?set=${htmlLang(each)}&back=${back}`} lang={htmlLang(each)} hrefLang={htmlLang(each)}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
