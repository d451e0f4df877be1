import { useQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql/gql';
import { addTag } from './articleDraft';
import { deskStrings as s } from '../shell/deskStrings';
import { useDebouncedValue } from '../common/useDebouncedValue';

const TagSuggestionsQuery = graphql(`
  query DeskTagSuggestions($search: String) {
    tags(search: $search, first: 12) {
      id
      name(language: EN)
    }
  }
`);

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  invalid?: boolean;
}

/**
 * The article's tags as removable chips, and a field that suggests existing tags as the
 * editor types (a native datalist: keyboard and screen-reader support for free). Any other
 * text becomes a new tag when saved.
 */
export function TagPicker({ tags, onChange, invalid }: Props) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const { data, previousData } = useQuery(TagSuggestionsQuery, { variables: { search: search || null } });
  const suggestions =
    (data ?? previousData)?.tags.filter((tag) => !tags.some((name) => name.toLocaleLowerCase() === tag.name.toLocaleLowerCase())) ?? [];

  const add = () => {
    if (!text.trim()) return;
    onChange(addTag(tags, text));
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter would submit the whole form; a comma is how people separate tags anyway.
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <fieldset className="desk-field desk-tags">
      <legend>{s.tags}</legend>
      {tags.length > 0 && (
        <ul className="desk-chips" aria-label={s.tags}>
          {tags.map((tag) => (
            <li key={tag} className="desk-chip">
              <span>{tag}</span>
              <button type="button" aria-label={s.removeTag(tag)} onClick={() => onChange(tags.filter((name) => name !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="desk-inline">
        <input
          id="editor-tag"
          list="editor-tag-suggestions"
          aria-label={s.addTag}
          aria-describedby="editor-tag-hint"
          aria-invalid={invalid || undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="desk-secondary" onClick={add}>
          {s.addTag}
        </button>
      </div>
      <datalist id="editor-tag-suggestions">
        {suggestions.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
      <p id="editor-tag-hint" className="desk-hint">
        {s.tagHint}
      </p>
    </fieldset>
  );
}
