import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql/gql';
import type { DraftAuthor } from './articleDraft';
import { deskStrings as s } from '../shell/deskStrings';
import { useDebouncedValue } from '../common/useDebouncedValue';

const AuthorSuggestionsQuery = graphql(`
  query DeskAuthorSuggestions($search: String) {
    authors(search: $search, first: 8) {
      id
      name
      slug
    }
  }
`);

const CreateAuthorMutation = graphql(`
  mutation DeskCreateAuthor($input: CreateAuthorInput!) {
    createAuthor(input: $input) {
      __typename
      ... on AuthorSuccess {
        author {
          id
          name
          slug
        }
      }
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

interface Props {
  authors: readonly DraftAuthor[];
  onChange: (authors: DraftAuthor[]) => void;
  invalid?: boolean;
}

/**
 * The article's authors in byline order (move up, remove), and a search of the author
 * profiles to add from; a name nobody has yet becomes a new profile.
 */
export function AuthorPicker({ authors, onChange, invalid }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const search = useDebouncedValue(text.trim(), 200);
  const { data, previousData } = useQuery(AuthorSuggestionsQuery, { variables: { search: search || null } });
  const [createAuthor, creating] = useMutation(CreateAuthorMutation);
  const chosen = new Set(authors.map((author) => author.id));
  const found = (data ?? previousData)?.authors ?? [];
  const suggestions = text.trim() ? found.filter((author) => !chosen.has(author.id)) : [];
  const exact = found.some((author) => author.name.toLocaleLowerCase() === text.trim().toLocaleLowerCase());

  const add = (author: DraftAuthor) => {
    onChange([...authors.filter((existing) => existing.id !== author.id), { id: author.id, name: author.name }]);
    setText('');
    setProblem(null);
  };

  const createNamed = async () => {
    const name = text.trim();
    if (!name || creating.loading) return;
    const result = (await createAuthor({ variables: { input: { name } } })).data?.createAuthor;
    if (result?.__typename === 'AuthorSuccess') add(result.author);
    else setProblem(result?.message ?? s.actionFailed);
  };

  const moveUp = (index: number) => {
    const next = [...authors];
    [next[index - 1], next[index]] = [next[index]!, next[index - 1]!];
    onChange(next);
  };

  return (
    <fieldset className="desk-field desk-authors">
      <legend>{s.authors}</legend>
      {authors.length > 0 && (
        <ol className="desk-chips" aria-label={s.authors}>
          {authors.map((author, index) => (
            <li key={author.id} className="desk-chip">
              <span>{author.name}</span>
              {index > 0 && (
                <button type="button" aria-label={s.moveAuthorUp(author.name)} onClick={() => moveUp(index)}>
                  ↑
                </button>
              )}
              <button
                type="button"
                aria-label={s.removeAuthor(author.name)}
                onClick={() => onChange(authors.filter((other) => other.id !== author.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <input
        id="editor-author-search"
        aria-label={s.addAuthor}
        aria-describedby="editor-author-hint"
        aria-invalid={invalid || undefined}
        placeholder={s.addAuthor}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Enter would submit the whole form: it takes the first match instead.
          event.preventDefault();
          if (suggestions[0]) add(suggestions[0]);
        }}
      />
      {(suggestions.length > 0 || (text.trim() && !exact)) && (
        <ul className="desk-author-suggestions">
          {suggestions.map((author) => (
            <li key={author.id}>
              <button type="button" className="desk-secondary" onClick={() => add(author)} aria-label={s.addAuthorNamed(author.name)}>
                {author.name}
              </button>
            </li>
          ))}
          {text.trim() && !exact && (
            <li>
              <button type="button" className="desk-secondary" onClick={() => void createNamed()} aria-disabled={creating.loading}>
                {s.createAuthorNamed(text.trim())}
              </button>
            </li>
          )}
        </ul>
      )}
      {problem && (
        <p className="desk-problem" role="alert">
          {problem}
        </p>
      )}
      <p id="editor-author-hint" className="desk-hint">
        {s.authorHint}
      </p>
    </fieldset>
  );
}
