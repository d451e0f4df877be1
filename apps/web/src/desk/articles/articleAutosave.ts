// The editor's autosave rules, free of React so they can be tested on their own. Two
// safety nets: every change is kept in the browser (localStorage, per article, and one slot
// for a new article) so a closed tab or a crash loses nothing, and a draft is also saved to
// the server after a pause in typing. The stored copy is offered back when the editor opens
// and differs from the saved article, and forgotten after a successful save.
import { isDirty, type ArticleDraft, type PickedPicture } from './articleDraft';

/** The pause in typing after which a draft is saved to the server. */
export const serverAutosaveDelayMs = 10_000;
/** The pause after which the form is written to localStorage. */
export const localAutosaveDelayMs = 500;

const prefix = 'newsroom:desk:draft:';

/** Where an article's unsaved form is kept; `null` is a new article. */
export function autosaveKey(articleId: string | null): string {
  return `${prefix}${articleId ?? 'new'}`;
}

export interface StoredDraft {
  draft: ArticleDraft;
  /** When it was stored (ms since the epoch). */
  storedAt: number;
}

/** The subset of Storage the rules use (localStorage in the browser, a Map in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storeDraft(storage: DraftStorage, key: string, draft: ArticleDraft, now = Date.now()): void {
  try {
    storage.setItem(key, JSON.stringify({ draft, storedAt: now } satisfies StoredDraft));
  } catch {
    // Storage full or refused (private mode): the server autosave still runs.
  }
}

export function forgetDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing to forget
  }
}

/** The stored form, if there is one of the expected shape (a copy from an older desk is ignored). */
export function readStoredDraft(storage: DraftStorage, key: string, blank: ArticleDraft): StoredDraft | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { draft?: Record<string, unknown>; storedAt?: unknown };
    if (!parsed.draft || typeof parsed.storedAt !== 'number') return undefined;
    const draft = { ...blank };
    for (const key of Object.keys(blank) as (keyof ArticleDraft)[]) {
      const value = parsed.draft[key];
      if (value === undefined) continue;
      if (key === 'tags') {
        if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) return undefined;
        draft.tags = value;
      } else if (key === 'authors') {
        if (!Array.isArray(value) || !value.every((author) => author && typeof author.id === 'string' && typeof author.name === 'string'))
          return undefined;
        draft.authors = value.map(({ id, name }: { id: string; name: string }) => ({ id, name }));
      } else if (key === 'picture') {
        if (value === null) draft.picture = null;
        else if (isPickedPicture(value)) draft.picture = { id: value.id, alt: value.alt, thumbnail: value.thumbnail };
        else return undefined;
      } else if (key === 'language') {
        if (value !== 'EN' && value !== 'RU') return undefined;
        draft.language = value;
      } else {
        if (typeof value !== 'string') return undefined;
        draft[key] = value;
      }
    }
    return { draft, storedAt: parsed.storedAt };
  } catch {
    return undefined;
  }
}

function isPickedPicture(value: unknown): value is PickedPicture {
  const picture = value as Partial<PickedPicture> | null;
  return (
    typeof picture === 'object' &&
    picture !== null &&
    typeof picture.id === 'string' &&
    typeof picture.alt === 'string' &&
    typeof picture.thumbnail === 'string'
  );
}

/** Whether to offer the stored form back: only when it holds something the saved article does not. */
export function shouldOfferRestore(stored: StoredDraft | undefined, saved: ArticleDraft): stored is StoredDraft {
  return stored !== undefined && isDirty(stored.draft, saved);
}

/** Whether the form can go to the server as it is (what the server would refuse is not sent unasked). */
export function isSavable(draft: ArticleDraft): boolean {
  return draft.title.trim() !== '' && draft.title.trim().length <= 300 && draft.section !== '';
}

/**
 * Whether to save to the server by itself now: only a saved draft (a new article is
 * created by the editor's own click, a published one changes in front of readers), only
 * with changes, only when valid, only once typing has paused long enough, and not while a
 * save is under way.
 */
export function shouldAutosaveToServer(state: {
  status: 'DRAFT' | 'PUBLISHED' | null;
  draft: ArticleDraft;
  saved: ArticleDraft;
  idleMs: number;
  busy: boolean;
}): boolean {
  return (
    state.status === 'DRAFT' &&
    !state.busy &&
    state.idleMs >= serverAutosaveDelayMs &&
    isDirty(state.draft, state.saved) &&
    isSavable(state.draft)
  );
}

/** "Saved at 14:05": hours and minutes in the editor's own time zone. */
export function savedAtLabel(date: Date, locale = 'en-GB'): string {
  return `Saved at ${new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date)}`;
}
