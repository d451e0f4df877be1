import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { Language } from '../gql/graphql';
import { EditionContext } from './EditionContext';
import { LanguageContext, SetPageLanguageContext } from './LanguageContext';
import { htmlLang } from './locale';

/**
 * Holds the reader's edition and the page's language for the site chrome (the edition's,
 * unless an article page names its article's), and mirrors the latter on <html lang>.
 */
export function PageLanguageProvider({
  children,
  edition = 'EN',
  initialLanguage = edition,
}: {
  children: ReactNode;
  edition?: Language;
  initialLanguage?: Language;
}) {
  // A page the server rendered starts in the language the server rendered it in.
  const [language, setLanguage] = useState<Language>(initialLanguage);

  useLayoutEffect(() => {
    document.documentElement.lang = htmlLang(language);
  }, [language]);

  return (
    <EditionContext value={edition}>
      <SetPageLanguageContext value={setLanguage}>
        <LanguageContext value={language}>{children}</LanguageContext>
      </SetPageLanguageContext>
    </EditionContext>
  );
}
