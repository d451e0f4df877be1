import { useLimits } from '../../limits/useLimits';
import { deskStrings as s } from '../shell/deskStrings';

/** What the section and tag forms edit: the names per language and the slug. */
export interface NameDraft {
  en: string;
  ru: string;
  slug: string;
}

/** The draft of a section or tag as it is now. */
export function nameDraftOf(item: { slug: string; names: readonly { language: string; name: string }[] }): NameDraft {
  const named = (language: string) => item.names.find((entry) => entry.language === language)?.name ?? '';
  return { en: named('EN'), ru: named('RU'), slug: item.slug };
}

/** The names as the API takes them; an empty Russian name means none (the English one shows). */
export function namesInput(draft: NameDraft): { language: 'EN' | 'RU'; name: string }[] {
  return [{ language: 'EN', name: draft.en }, ...(draft.ru.trim() ? [{ language: 'RU' as const, name: draft.ru }] : [])];
}

interface Props {
  /** Prefixes the inputs' ids; `${idPrefix}-problem` is the form's problem message. */
  idPrefix: string;
  draft: NameDraft;
  onChange: (patch: Partial<NameDraft>) => void;
  slugHint: string;
  /** The field the server refused: slug, names.EN or names.RU. */
  invalidField: string | null;
}

/** English name, Russian name and slug, as sections and tags share them. */
export function NameFields({ idPrefix, draft, onChange, slugHint, invalidField }: Props) {
  const { nameMax, slugMax } = useLimits().sectionAndTag;
  const field = (key: keyof NameDraft, label: string, serverField: string, hint?: string, lang?: string) => {
    const id = `${idPrefix}-${key}`;
    const invalid = invalidField === serverField;
    const describedBy =
      [hint ? `${id}-hint` : undefined, invalid ? `${idPrefix}-problem` : undefined].filter(Boolean).join(' ') || undefined;
    return (
      <div className="desk-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          lang={lang}
          value={draft[key]}
          required={key !== 'ru'}
          maxLength={key === 'slug' ? slugMax : nameMax}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ [key]: event.target.value })}
        />
        {hint && (
          <p id={`${id}-hint`} className="desk-hint">
            {hint}
          </p>
        )}
      </div>
    );
  };
  return (
    <div className="desk-field-row desk-name-fields">
      {field('en', s.englishName, 'names.EN', undefined, 'en')}
      {field('ru', s.russianName, 'names.RU', s.russianNameHint, 'ru')}
      {field('slug', s.slug, 'slug', slugHint)}
    </div>
  );
}
