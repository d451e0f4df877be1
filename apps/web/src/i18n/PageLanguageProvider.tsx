import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { Language } from '../gql/graphql';
import { LanguageContext, SetPageLanguageContext } from './LanguageContext';
import { htmlLang } from './locale';

/** Holds the page's language for the site chrome and mirrors it on <html lang>. */
export function PageLanguageProvider({ children, initialLanguage = 'EN' }: { children: ReactNode; initialLanguage?: Language }) {
  // A page the server rendered starts in the language the server rendered it in.
  const [language, setLanguage] = useState<Language>(initialLanguage);

  useLayoutEffect(() => {
    document.documentElement.lang = htmlLang(language);
  }, [language]);

  return (
    <SetPageLanguageContext value={setLanguage}>
      <LanguageContext value={language}>{children}</LanguageContext>
    </SetPageLanguageContext>
  );
}
