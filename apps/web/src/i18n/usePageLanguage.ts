import { use, useLayoutEffect } from 'react';
import type { Language } from '../gql/graphql';
import { usePageStatusContext } from '../ssr/PageStatusContext';
import { useEdition } from './EditionContext';
import { SetPageLanguageContext } from './LanguageContext';

/**
 * Puts the whole page (chrome and <html lang>) in `language` while the calling page is
 * shown, back to the reader's edition when it goes. A layout effect, so the header never paints in the
 * wrong language.
 */
export function usePageLanguage(language: Language): void {
  const setPageLanguage = use(SetPageLanguageContext);
  const edition = useEdition();
  // Effects do not run on the server: it learns the language while rendering, and renders
  // the chrome again in it (app/renderPage.tsx).
  const serverPage = usePageStatusContext();
  if (serverPage) serverPage.language = language;
  useLayoutEffect(() => {
    setPageLanguage(language);
    return () => setPageLanguage(edition);
  }, [language, edition, setPageLanguage]);
}
