import { useState, type DragEvent, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';
import { NameFields, nameDraftOf, namesInput, type NameDraft } from '../common/NameFields';
import type { ChangeOutcome } from '../common/changeOutcome';
import { useChangeRunner } from '../common/useChangeRunner';

export const SectionRow_section = graphql(`
  fragment SectionRow_section on Section {
    id
    slug
    name(language: EN)
    names {
      language
      name
    }
    premoderated
    archivedAt
  }
`);

interface Props {
  section: FragmentType<typeof SectionRow_section>;
  index: number;
  count: number;
  rowRef: Ref<HTMLLIElement>;
  /** Alt+ArrowUp/Down on the row. */
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onMove: (to: number) => void;
  /** Drag and drop: this row is picked up, dragged over, or dropped on. */
  drag: {
    dragging: boolean;
    onDragStart: (event: DragEvent<HTMLLIElement>) => void;
    onDragOver: (event: DragEvent<HTMLLIElement>) => void;
    onDrop: (event: DragEvent<HTMLLIElement>) => void;
    onDragEnd: () => void;
  };
  onUpdate: (input: { slug?: string; names?: { language: 'EN' | 'RU'; name: string }[]; premoderated?: boolean }) => Promise<ChangeOutcome>;
  onSetArchived: (archived: boolean) => Promise<ChangeOutcome>;
  /** Tells screen-reader users what happened (the page's live region). */
  announce: (message: string) => void;
}

/**
 * One section on the desk: its names and address, premoderation (a switch that saves at
 * once), archive or restore, an editor for names and slug, and moving it up or down.
 */
export function SectionRow({ section: masked, index, count, rowRef, onKeyDown, onMove, drag, onUpdate, onSetArchived, announce }: Props) {
  const section = getFragmentData(SectionRow_section, masked);
  const [editing, setEditing] = useState<NameDraft | null>(null);
  const { busy, problem, run } = useChangeRunner();
  // The switch shows the new state while it is being saved; the server's afterwards.
  const [premoderatedSaving, setPremoderatedSaving] = useState<boolean | null>(null);
  const russian = section.names.find((entry) => entry.language === 'RU')?.name;
  const idPrefix = `section-${index}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    void run(
      () => onUpdate({ slug: editing.slug.trim(), names: namesInput(editing) }),
      () => setEditing(null),
    );
  };

  return (
    <li
      ref={rowRef}
      className={`desk-section${section.archivedAt ? ' desk-section-archived' : ''}${drag.dragging ? ' desk-section-dragging' : ''}`}
      tabIndex={0}
      aria-label={section.name}
      aria-describedby="sections-order-hint"
      draggable={!editing}
      onKeyDown={onKeyDown}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
    >
      <div className="desk-section-main">
        <span className="desk-drag-handle" aria-hidden="true">
          ⠿
        </span>
        <span className="desk-section-position">{index + 1}</span>
        <div className="desk-section-names">
          <strong>{section.name}</strong>
          {russian && <span lang="ru"> · {russian}</span>}
          <br />
          <Link to={`/section/${section.slug}`} className="desk-hint">
            /section/{section.slug}
          </Link>
          {section.archivedAt && (
            <span className="desk-status desk-status-archived" title={s.archivedHint}>
              {s.archived}
            </span>
          )}
        </div>
        <label className="desk-section-toggle">
          <input
            type="checkbox"
            checked={premoderatedSaving ?? section.premoderated}
            aria-disabled={busy}
            onChange={(event) => {
              if (busy) return;
              const premoderated = event.target.checked;
              setPremoderatedSaving(premoderated);
              void run(() => onUpdate({ premoderated })).finally(() => setPremoderatedSaving(null));
            }}
          />{' '}
          {s.premoderated}
          <span className="visually-hidden"> ({section.name})</span>
        </label>
        <div className="desk-section-buttons">
          <button
            type="button"
            className="desk-secondary"
            aria-label={s.moveUp(section.name)}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="desk-secondary"
            aria-label={s.moveDown(section.name)}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="desk-secondary"
            aria-label={s.editName(section.name)}
            aria-expanded={Boolean(editing)}
            onClick={() => setEditing(editing ? null : nameDraftOf(section))}
          >
            {s.edit}
          </button>
          <button
            type="button"
            className={`desk-secondary${section.archivedAt ? '' : ' desk-danger'}`}
            aria-disabled={busy}
            onClick={() => {
              const archive = !section.archivedAt;
              void run(
                () => onSetArchived(archive),
                () => announce(archive ? s.sectionArchived(section.name) : s.sectionRestored(section.name)),
              );
            }}
          >
            {section.archivedAt ? s.restoreSection : s.archive}
            <span className="visually-hidden"> {section.name}</span>
          </button>
        </div>
      </div>
      {editing && (
        <form className="desk-form desk-section-form" onSubmit={save} aria-label={s.editName(section.name)}>
          <NameFields
            idPrefix={idPrefix}
            draft={editing}
            onChange={(patch) => setEditing({ ...editing, ...patch })}
            slugHint={s.sectionSlugHint}
            invalidField={problem?.field ?? null}
          />
          <div className="desk-actions">
            <button type="submit" className="button" aria-disabled={busy}>
              {s.save}
            </button>
            <button type="button" className="desk-secondary" onClick={() => setEditing(null)}>
              {s.cancel}
            </button>
          </div>
        </form>
      )}
      <p id={`${idPrefix}-problem`} className="desk-problem" role="alert">
        {problem?.message}
      </p>
    </li>
  );
}
