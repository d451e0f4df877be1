import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';
import { NameFields, nameDraftOf, namesInput, type NameDraft } from '../common/NameFields';
import { useDebouncedValue } from '../common/useDebouncedValue';
import type { ChangeOutcome } from '../common/changeOutcome';
import { useChangeRunner } from '../common/useChangeRunner';

export const TagRow_tag = graphql(`
  fragment TagRow_tag on Tag {
    id
    slug
    name(language: EN)
    names {
      language
      name
    }
    articleCount
  }
`);

const MergeTargetsQuery = graphql(`
  query DeskMergeTargets($search: String) {
    tags(search: $search, first: 12) {
      id
      slug
      name(language: EN)
    }
  }
`);

interface Props {
  tag: FragmentType<typeof TagRow_tag>;
  index: number;
  onRename: (input: { slug: string; names: { language: 'EN' | 'RU'; name: string }[] }) => Promise<ChangeOutcome>;
  onMerge: (targetId: string) => Promise<ChangeOutcome>;
  announce: (message: string) => void;
}

type Mode = { kind: 'view' } | { kind: 'rename'; draft: NameDraft } | { kind: 'merge'; text: string; confirming: boolean };

/** One tag on the desk: its names, address and article count; rename it, or merge it into another after a confirmation. */
export function TagRow({ tag: masked, index, onRename, onMerge, announce }: Props) {
  const tag = getFragmentData(TagRow_tag, masked);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const { busy, problem, run } = useChangeRunner();
  const russian = tag.names.find((entry) => entry.language === 'RU')?.name;
  const idPrefix = `tag-${index}`;

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (mode.kind !== 'rename') return;
    const { draft } = mode;
    void run(
      () => onRename({ slug: draft.slug.trim(), names: namesInput(draft) }),
      () => {
        setMode({ kind: 'view' });
        announce(s.tagRenamed(draft.en.trim()));
      },
    );
  };

  return (
    <tr className="desk-tag">
      <td>
        <strong>{tag.name}</strong>
        {russian && (
          <>
            {' · '}
            <span lang="ru">{russian}</span>
          </>
        )}
      </td>
      <td>
        <Link to={`/tag/${tag.slug}`}>/tag/{tag.slug}</Link>
      </td>
      <td>{s.articleCount(tag.articleCount)}</td>
      <td className="desk-tag-actions">
        {mode.kind === 'view' ? (
          <>
            <button
              type="button"
              className="desk-secondary"
              aria-label={s.renameTag(tag.name)}
              onClick={() => setMode({ kind: 'rename', draft: nameDraftOf(tag) })}
            >
              {s.rename}
            </button>
            <button
              type="button"
              className="desk-secondary"
              aria-label={s.mergeTag(tag.name)}
              onClick={() => setMode({ kind: 'merge', text: '', confirming: false })}
            >
              {s.mergeInto}
            </button>
          </>
        ) : mode.kind === 'rename' ? (
          <form className="desk-form" onSubmit={rename} aria-label={s.renameTag(tag.name)}>
            <NameFields
              idPrefix={idPrefix}
              draft={mode.draft}
              onChange={(patch) => setMode({ ...mode, draft: { ...mode.draft, ...patch } })}
              slugHint={s.tagSlugHint}
              invalidField={problem?.field ?? null}
            />
            <div className="desk-actions">
              <button type="submit" className="button" aria-disabled={busy}>
                {s.save}
              </button>
              <button type="button" className="desk-secondary" onClick={() => setMode({ kind: 'view' })}>
                {s.cancel}
              </button>
            </div>
          </form>
        ) : (
          <MergeForm
            idPrefix={idPrefix}
            source={tag}
            text={mode.text}
            confirming={mode.confirming}
            busy={busy}
            onText={(text) => setMode({ kind: 'merge', text, confirming: false })}
            onConfirming={(confirming) => setMode({ ...mode, confirming })}
            onCancel={() => setMode({ kind: 'view' })}
            onMerge={(target) =>
              void run(
                () => onMerge(target.id),
                () => announce(s.tagsMerged(tag.name, target.name)),
              )
            }
          />
        )}
        <p id={`${idPrefix}-problem`} className="desk-problem" role="alert">
          {problem?.message}
        </p>
      </td>
    </tr>
  );
}

interface MergeFormProps {
  idPrefix: string;
  source: { id: string; slug: string; name: string; articleCount: number };
  text: string;
  confirming: boolean;
  busy: boolean;
  onText: (text: string) => void;
  onConfirming: (confirming: boolean) => void;
  onCancel: () => void;
  onMerge: (target: { id: string; name: string }) => void;
}

/** Pick the tag to keep (suggested as one types), then confirm: merging cannot be undone. */
function MergeForm({ idPrefix, source, text, confirming, busy, onText, onConfirming, onCancel, onMerge }: MergeFormProps) {
  const search = useDebouncedValue(text.trim(), 200);
  const { data, previousData } = useQuery(MergeTargetsQuery, { variables: { search: search || null } });
  const candidates = ((data ?? previousData)?.tags ?? []).filter((candidate) => candidate.id !== source.id);
  const wanted = text.trim().toLocaleLowerCase();
  const target = candidates.find((candidate) => candidate.name.toLocaleLowerCase() === wanted || candidate.slug === wanted);
  const inputId = `${idPrefix}-merge-target`;

  return (
    <div className="desk-form desk-merge" role="group" aria-label={s.mergeTag(source.name)}>
      <div className="desk-field">
        <label htmlFor={inputId}>{s.mergeTarget}</label>
        <div className="desk-inline">
          <input
            id={inputId}
            list={`${inputId}-options`}
            value={text}
            onChange={(event) => onText(event.target.value)}
            placeholder={s.chooseTag}
            autoFocus
          />
          <button type="button" className="desk-secondary" aria-disabled={!target} onClick={() => target && onConfirming(true)}>
            {s.merge}…
          </button>
          <button type="button" className="desk-secondary" onClick={onCancel}>
            {s.cancel}
          </button>
        </div>
        <datalist id={`${inputId}-options`}>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.name}>
              /tag/{candidate.slug}
            </option>
          ))}
        </datalist>
      </div>
      {confirming && target && (
        <div className="desk-confirm" role="alertdialog" aria-label={s.merge} aria-describedby={`${idPrefix}-merge-question`}>
          <p id={`${idPrefix}-merge-question`}>{s.mergeConfirm(source.name, source.articleCount, target.name, source.slug, target.slug)}</p>
          <button type="button" className="button desk-danger" aria-disabled={busy} onClick={() => !busy && onMerge(target)} autoFocus>
            {s.merge}
          </button>
          <button type="button" className="desk-secondary" onClick={() => onConfirming(false)}>
            {s.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
