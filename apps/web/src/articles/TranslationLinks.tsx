import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { htmlLang } from '../i18n/locale';
import { t } from '../i18n/strings';

export const TranslationLinks_article = graphql(`
  fragment TranslationLinks_article on Article {
    translations {
      id
      slug
      language
    }
  }
`);

/**
 * "Читать по-русски" / "Read in English": the story in the other language, each link
 * written in the language it leads to, for the readers of that language (ADR 034). A full
 * page load, as every link on the article page (ADR 028).
 */
export function TranslationLinks(props: { article: FragmentType<typeof TranslationLinks_article> }) {
  const { translations } = getFragmentData(TranslationLinks_article, props.article);
  if (translations.length === 0) return null;
  return (
    <p className="translation-links">
      {translations.map((translation) => (
        <a
          key={translation.id}
          href={`/article/${encodeURIComponent(translation.slug)}`}
          lang={htmlLang(translation.language)}
          hrefLang={htmlLang(translation.language)}
        >
          {t(translation.language).readTranslation}
        </a>
      ))}
    </p>
  );
}
