import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { ArticleActions } from './ArticleActions';
import { draftFromArticle, emptyDraft, isDirty, type ArticleDraft } from './articleDraft';
import { ArticleFields, type QuoteFieldRefs } from './ArticleFields';
import { deskStrings as s } from '../shell/deskStrings';
import type { EditorOutcome } from '../common/editorOutcome';
import { MarkdownPreview } from './MarkdownPreview';
import { RevisionsPanel, type RevisionsPanel_article } from './RevisionsPanel';
import {
  autosaveKey,
  forgetDraft,
  localAutosaveDelayMs,
  readStoredDraft,
  savedAtLabel,
  serverAutosaveDelayMs,
  shouldAutosaveToServer,
  shouldOfferRestore,
  storeDraft,
  type StoredDraft,
} from './articleAutosave';
import { formatDateTime } from '../../i18n/formatDate';
import { PreviewLinksPanel } from './PreviewLinksPanel';
import { TranslationsPanel } from './TranslationsPanel';
import { ScheduleControl } from './ScheduleControl';
import { useCreateArticle } from './useCreateArticle';
import { useLeaveGuard } from './useLeaveGuard';
import { useDeleteArticle } from './useDeleteArticle';
import { useQuoteSelection } from './useQuoteSelection';
import { useSetArticleStatus } from './useSetArticleStatus';
import { useUpdateArticle } from './useUpdateArticle';

export const ArticleEditor_article = graphql(`
  fragment ArticleEditor_article on Article {
    id
    slug
    title
    language
    status
    lead
    body
    source
    author
    authors {
      id
      name
    }
    publishAt
    updatedAt
    section {
      id
      slug
    }
    tags {
      id
      name(language: EN)
    }
    image {
      url
      caption
    }
    picture {
      id
      alt
      url
      variants {
        url
        format
        width
      }
    }
  }
`);

type EditorArticle = FragmentType<typeof ArticleEditor_article> & FragmentType<typeof RevisionsPanel_article>;

interface Props {
  /** Null for /desk/articles/new. */
  article: EditorArticle | null;
  sections: readonly { slug: string; name: string; archivedAt?: string | null }[];
}

/** The article form with its live preview, its actions and, once published, its revisions. */
export function ArticleEditor(props: Props) {
  const article = props.article ? getFragmentData(ArticleEditor_article, props.article) : null;
  const navigate = useNavigate();
  const location = useLocation();
  const saved = useMemo(
    () => (article ? draftFromArticle(article) : emptyDraft(props.sections.find((section) => !section.archivedAt)?.slug ?? '')),
    [article, props.sections],
  );
  // The editor's changes over the saved article; null while there are none, so the form
  // follows the saved article (a save's answer, another editor's change) by itself.
  const [edits, setEdits] = useState<ArticleDraft | null>(null);
  const draft = edits ?? saved;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field: string | null; message: string } | null>(null);
  // A message carried over from the new-article page to this one after the first save.
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const refs: QuoteFieldRefs = useMemo(
    () => ({ title: { current: null }, lead: { current: null }, body: { current: null }, imageCaption: { current: null } }),
    [],
  );
  const quoteFound = useQuoteSelection(refs);
  const latestEdits = useRef(edits);
  latestEdits.current = edits;

  const create = useCreateArticle();
  const update = useUpdateArticle();
  const setStatus = useSetArticleStatus();
  const remove = useDeleteArticle();
  const status = article?.status ?? null;
  const dirty = edits !== null && isDirty(edits, saved);

  // Closing the tab, or following a link, with unsaved work asks first.
  useLeaveGuard(dirty && !busy, s.leaveConfirm);

  // Autosave, first net: every change is kept in this browser (articleAutosave.ts), and
  // offered back when the editor opens and the kept copy differs from the saved article.
  const storageKey = autosaveKey(article?.id ?? null);
  const [restorable, setRestorable] = useState<StoredDraft | null>(() => {
    const stored = readStoredDraft(window.localStorage, storageKey, saved);
    return shouldOfferRestore(stored, saved) ? stored : null;
  });
  useEffect(() => {
    if (edits === null) return;
    const timer = setTimeout(() => {
      if (isDirty(edits, saved)) storeDraft(window.localStorage, storageKey, edits);
      else forgetDraft(window.localStorage, storageKey);
    }, localAutosaveDelayMs);
    return () => clearTimeout(timer);
  }, [edits, saved, storageKey]);

  /** Runs one action at a time; reports its problem or its success. */
  const run = async (action: () => Promise<EditorOutcome | null>, success: string) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const outcome = await action();
      if (outcome && !outcome.ok) setProblem(outcome);
      else if (outcome) setNotice(success);
    } catch {
      setProblem({ field: null, message: s.actionFailed });
    } finally {
      setBusy(false);
    }
  };

  /** Saves the form; after success it shows the saved article (the correction note empty). */
  const saveForm = async (): Promise<EditorOutcome> => {
    const typed = edits;
    const outcome = await update(article!.id, draft, status === 'PUBLISHED');
    // Unless something was typed while the save was on its way, which stays.
    if (outcome.ok && latestEdits.current === typed) {
      setEdits(null);
      forgetDraft(window.localStorage, storageKey);
    }
    return outcome;
  };

  const createThenOpen = async (publish: boolean): Promise<EditorOutcome> => {
    const outcome = await create(draft, publish);
    if (outcome.ok) forgetDraft(window.localStorage, autosaveKey(null));
    if (outcome.ok)
      navigate(`/desk/articles/${encodeURIComponent(outcome.id)}`, { replace: true, state: { notice: publish ? s.published : s.saved } });
    return outcome;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => (article ? saveForm() : createThenOpen(false)), s.saved);
  };

  const onPublish = () =>
    run(async () => {
      if (!article) return createThenOpen(true);
      const saving = dirty ? await saveForm() : null;
      return saving && !saving.ok ? saving : setStatus(article.id, true);
    }, s.published);

  // Autosave, second net: a draft is saved to the server once typing pauses for 10 s.
  const autosave = useRef<() => void>(() => {});
  autosave.current = () => {
    if (!shouldAutosaveToServer({ status, draft, saved, idleMs: serverAutosaveDelayMs, busy })) return;
    void run(saveForm, savedAtLabel(new Date()));
  };
  useEffect(() => {
    if (edits === null || status !== 'DRAFT') return;
    const timer = setTimeout(() => autosave.current(), serverAutosaveDelayMs);
    return () => clearTimeout(timer);
  }, [edits, status]);

  const onUnpublish = () => run(() => setStatus(article!.id, false), s.unpublished);

  const onDelete = () =>
    run(async () => {
      const outcome = await remove(article!.id);
      if (outcome.ok) navigate('/desk/articles', { replace: true });
      return outcome;
    }, '');

  return (
    <section className="desk-page desk-editor">
      <title>{`${article ? draft.title || s.editArticle : s.newArticle} — ${s.desk}`}</title>
      <div className="desk-page-head">
        <h1>{article ? s.editArticle : s.newArticle}</h1>
        {status && <span className={`desk-status desk-status-${status.toLowerCase()}`}>{s[status]}</span>}
        {dirty && <span className="desk-dirty">{s.unsavedChanges}</span>}
        {status === 'PUBLISHED' && <Link to={`/article/${article!.slug}`}>{s.viewOnSite}</Link>}
      </div>
      {restorable && (
        <div className="desk-notice desk-restore" role="alert">
          <p>
            <strong>{s.restoreHeading}.</strong> {s.restoreExplanation(formatDateTime(new Date(restorable.storedAt).toISOString(), 'EN'))}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setEdits(restorable.draft);
              setRestorable(null);
            }}
          >
            {s.restore}
          </button>{' '}
          <button
            type="button"
            className="desk-secondary"
            onClick={() => {
              forgetDraft(window.localStorage, storageKey);
              setRestorable(null);
            }}
          >
            {s.discard}
          </button>
        </div>
      )}
      {!quoteFound && (
        <p className="desk-notice" role="status">
          {s.quoteNotFound}
        </p>
      )}
      <div className="desk-editor-columns">
        <form className="desk-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
          <ArticleFields
            draft={draft}
            onChange={(patch) => setEdits((current) => ({ ...(current ?? saved), ...patch }))}
            sections={props.sections}
            status={status}
            invalidField={problem?.field ?? null}
            refs={refs}
          />
          <p id="editor-problem" className="desk-problem" role="alert">
            {problem?.message}
          </p>
          <p className="desk-notice" role="status">
            {busy ? s.saving : notice}
          </p>
          <ArticleActions status={status} busy={busy} onPublish={onPublish} onUnpublish={onUnpublish} onDelete={onDelete} />
        </form>
        <MarkdownPreview draft={draft} />
      </div>
      {article && status === 'DRAFT' && (
        <div className="desk-editor-panels">
          <ScheduleControl articleId={article.id} publishAt={article.publishAt ?? null} dirty={dirty} />
          <PreviewLinksPanel articleId={article.id} />
        </div>
      )}
      {article && <TranslationsPanel articleId={article.id} />}
      {props.article && status === 'PUBLISHED' && <RevisionsPanel article={props.article} />}
    </section>
  );
}
