import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';
import { getFragmentData } from '../gql/fragment-masking';
import { NameFields, namesInput, type NameDraft } from '../common/NameFields';
import { byPosition, keyboardMoveTarget, moveItem } from './sectionOrder';
import { SectionRow, SectionRow_section } from './SectionRow';
import { DeskSectionListQuery, useSectionMutations } from './useSectionMutations';
import './sectionsAndTags.css';

const emptyDraft: NameDraft = { en: '', ru: '', slug: '' };

/**
 * /desk/sections (administrators): every section in navigation order, archived ones too.
 * Reorder by dragging a row, by Alt+ArrowUp/Down on a focused row, or with its ↑ ↓ buttons;
 * each move is saved at once and announced to screen readers. Edit names per language and
 * the slug, switch premoderation, archive or restore, and create new sections.
 */
export function SectionsPage() {
  const { data, error, refetch } = useQuery(DeskSectionListQuery, { fetchPolicy: 'cache-and-network' });
  const mutations = useSectionMutations();
  const [announcement, setAnnouncement] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  // After a move the row keeps the keyboard focus, wherever it now is in the list.
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());

  const sections = byPosition(data?.deskSections ?? []);
  const nameOf = (id: string) => {
    const section = sections.find((entry) => entry.id === id);
    return section ? getFragmentData(SectionRow_section, section).name : '';
  };

  useEffect(() => {
    if (!focusAfterMove) return;
    rows.current.get(focusAfterMove)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, data]);

  const move = async (from: number, to: number) => {
    const section = sections[from];
    if (!section || to < 0 || to >= sections.length || to === from) return;
    const name = nameOf(section.id);
    setFocusAfterMove(section.id);
    const order = moveItem(
      sections.map((entry) => entry.id),
      from,
      to,
    );
    try {
      const outcome = await mutations.reorder(order);
      if (outcome.ok) setAnnouncement(s.moved(name, to + 1, sections.length));
      else {
        setAnnouncement(`${s.notMoved(name)} ${outcome.message}`);
        void refetch();
      }
    } catch {
      setAnnouncement(s.notMoved(name));
    }
    setFocusAfterMove(section.id);
  };

  const onRowKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    // Typing in a row's form is not moving the row.
    if (
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLTextAreaElement ||
      event.target instanceof HTMLSelectElement
    )
      return;
    const to = keyboardMoveTarget(event, index, sections.length);
    if (to === undefined) return;
    event.preventDefault();
    void move(index, to);
  };

  const dragHandlers = (id: string, index: number) => ({
    dragging: dragged === id,
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      setDragged(id);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (!dragged) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      event.preventDefault();
      const from = sections.findIndex((entry) => entry.id === dragged);
      setDragged(null);
      if (from >= 0) void move(from, index);
    },
    onDragEnd: () => setDragged(null),
  });

  return (
    <section className="desk-page desk-sections">
      <title>{`${s.sections} — ${s.desk}`}</title>
      <h1>{s.sections}</h1>
      <p id="sections-order-hint" className="desk-hint">
        {s.sectionOrderHint}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {data ? (
        sections.length === 0 ? (
          <p className="empty">{s.noSections}</p>
        ) : (
          <ol className="desk-section-list" aria-label={s.sections}>
            {sections.map((section, index) => (
              <SectionRow
                key={section.id}
                section={section}
                index={index}
                count={sections.length}
                rowRef={(element) => {
                  if (element) rows.current.set(section.id, element);
                  else rows.current.delete(section.id);
                }}
                onKeyDown={onRowKeyDown(index)}
                onMove={(to) => void move(index, to)}
                drag={dragHandlers(section.id, index)}
                onUpdate={(input) => mutations.update({ id: section.id, ...input })}
                onSetArchived={(archived) => mutations.setArchived(section.id, archived)}
                announce={setAnnouncement}
              />
            ))}
          </ol>
        )
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
      <NewSectionForm create={mutations.create} announce={setAnnouncement} />
    </section>
  );
}

function NewSectionForm({
  create,
  announce,
}: {
  create: ReturnType<typeof useSectionMutations>['create'];
  announce: (message: string) => void;
}) {
  const [draft, setDraft] = useState<NameDraft>(emptyDraft);
  const [premoderated, setPremoderated] = useState(false);
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await create({ slug: draft.slug.trim(), names: namesInput(draft), premoderated });
      if (outcome.ok) {
        announce(s.sectionCreated(draft.en.trim()));
        setDraft(emptyDraft);
        setPremoderated(false);
      } else setProblem({ field: outcome.field, message: outcome.message });
    } catch {
      setProblem({ field: null, message: s.actionFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="desk-form desk-new-section" onSubmit={submit} aria-labelledby="new-section-heading">
      <h2 id="new-section-heading">{s.newSection}</h2>
      <NameFields
        idPrefix="new-section"
        draft={draft}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
        slugHint={s.sectionSlugHint}
        invalidField={problem?.field ?? null}
      />
      <label className="desk-section-toggle">
        <input
          type="checkbox"
          checked={premoderated}
          onChange={(event) => setPremoderated(event.target.checked)}
          aria-describedby="new-section-premoderated-hint"
        />{' '}
        {s.premoderated}
      </label>
      <p id="new-section-premoderated-hint" className="desk-hint">
        {s.premoderatedHint}
      </p>
      <p id="new-section-problem" className="desk-problem" role="alert">
        {problem?.message}
      </p>
      <button type="submit" className="button" aria-disabled={busy}>
        {s.createSection}
      </button>
    </form>
  );
}
