import { describe, expect, it } from 'vitest';
import { emptyDraft, type ArticleDraft } from './articleDraft';
import {
  autosaveKey,
  forgetDraft,
  isSavable,
  readStoredDraft,
  savedAtLabel,
  serverAutosaveDelayMs,
  shouldAutosaveToServer,
  shouldOfferRestore,
  storeDraft,
  type DraftStorage,
} from './articleAutosave';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const blank = emptyDraft('news');
const typed: ArticleDraft = {
  ...blank,
  title: 'Harbour ferries',
  body: 'Every hour.',
  tags: ['Transport'],
  authors: [{ id: 'QXV0aG9yOjE', name: 'Ada' }],
};

describe('the browser copy', () => {
  it('is kept per article, with one slot for a new article', () => {
    expect(autosaveKey(null)).toBe('newsroom:desk:draft:new');
    expect(autosaveKey('QXJ0aWNsZTox')).toBe('newsroom:desk:draft:QXJ0aWNsZTox');
  });

  it('round-trips the form and is forgotten after a save', () => {
    const storage = memoryStorage();
    storeDraft(storage, autosaveKey(null), typed, 1000);
    expect(readStoredDraft(storage, autosaveKey(null), blank)).toEqual({ draft: typed, storedAt: 1000 });
    expect(readStoredDraft(storage, autosaveKey('other'), blank)).toBeUndefined();
    forgetDraft(storage, autosaveKey(null));
    expect(readStoredDraft(storage, autosaveKey(null), blank)).toBeUndefined();
  });

  it('ignores copies of the wrong shape and fills fields an older copy lacks', () => {
    const storage = memoryStorage();
    for (const raw of [
      'not json',
      '{}',
      JSON.stringify({ draft: { title: 5 }, storedAt: 1 }),
      JSON.stringify({ draft: { tags: 'x' }, storedAt: 1 }),
      JSON.stringify({ draft: { language: 'FR' }, storedAt: 1 }),
    ]) {
      storage.map.set('k', raw);
      expect(readStoredDraft(storage, 'k', blank)).toBeUndefined();
    }
    storage.map.set('k', JSON.stringify({ draft: { title: 'Old copy' }, storedAt: 1 }));
    expect(readStoredDraft(storage, 'k', blank)?.draft).toEqual({ ...blank, title: 'Old copy' });
  });

  it('survives a storage that refuses writes', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => storeDraft(full, 'k', typed)).not.toThrow();
  });

  it('is offered back only when it differs from the saved article', () => {
    expect(shouldOfferRestore(undefined, blank)).toBe(false);
    expect(shouldOfferRestore({ draft: blank, storedAt: 1 }, blank)).toBe(false);
    expect(shouldOfferRestore({ draft: typed, storedAt: 1 }, blank)).toBe(true);
    expect(shouldOfferRestore({ draft: typed, storedAt: 1 }, typed)).toBe(false);
    expect(shouldOfferRestore({ draft: { ...typed, authors: [] }, storedAt: 1 }, typed)).toBe(true);
  });
});

describe('saving to the server by itself', () => {
  const state = { status: 'DRAFT' as const, draft: typed, saved: blank, idleMs: serverAutosaveDelayMs, busy: false };

  it('happens for a changed, valid draft after the pause in typing', () => {
    expect(shouldAutosaveToServer(state)).toBe(true);
  });

  it.each([
    ['before the pause is over', { idleMs: serverAutosaveDelayMs - 1 }],
    ['for a new article', { status: null }],
    ['for a published article', { status: 'PUBLISHED' as const }],
    ['without changes', { saved: typed }],
    ['while a save is under way', { busy: true }],
    ['for a draft the server would refuse (no title)', { draft: { ...typed, title: '  ' } }],
  ])('does not happen %s', (_, change) => {
    expect(shouldAutosaveToServer({ ...state, ...change })).toBe(false);
  });

  it('needs a title and a section', () => {
    expect(isSavable(typed)).toBe(true);
    expect(isSavable({ ...typed, section: '' })).toBe(false);
    expect(isSavable({ ...typed, title: 'x'.repeat(301) })).toBe(false);
  });

  it('says when, in hours and minutes', () => {
    expect(savedAtLabel(new Date(2026, 11, 3, 9, 5))).toBe('Saved at 09:05');
  });
});
