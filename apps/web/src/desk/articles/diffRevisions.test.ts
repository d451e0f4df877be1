import { describe, expect, it } from 'vitest';
import { elideUnchanged, hasChanges, revisionHistory, wordDiff } from './diffRevisions';

describe('wordDiff', () => {
  it('marks the changed word and keeps the rest', () => {
    expect(wordDiff('New members will recieve a card', 'New members will receive a card')).toEqual([
      { kind: 'same', text: 'New members will ' },
      { kind: 'removed', text: 'recieve' },
      { kind: 'added', text: 'receive' },
      { kind: 'same', text: ' a card' },
    ]);
  });

  it('reads the parts back into both texts', () => {
    const before = 'The bridge opened on Monday, ahead of schedule.';
    const after = 'The old bridge reopened on Monday morning.';
    const parts = wordDiff(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(text(['same', 'removed'])).toBe(before);
    expect(text(['same', 'added'])).toBe(after);
    expect(hasChanges(parts)).toBe(true);
  });

  it('takes Russian words whole, not letter by letter', () => {
    expect(wordDiff('Мост открыли в понедельник утром.', 'Мост открыли во вторник утром.')).toEqual([
      { kind: 'same', text: 'Мост открыли ' },
      { kind: 'removed', text: 'в понедельник' },
      { kind: 'added', text: 'во вторник' },
      { kind: 'same', text: ' утром.' },
    ]);
    expect(wordDiff('Библиотека получила грант', 'Библиотека получила гранд')).toEqual([
      { kind: 'same', text: 'Библиотека получила ' },
      { kind: 'removed', text: 'грант' },
      { kind: 'added', text: 'гранд' },
    ]);
  });

  it('finds nothing to show between equal texts', () => {
    expect(hasChanges(wordDiff('Same text.', 'Same text.'))).toBe(false);
  });
});

describe('elideUnchanged', () => {
  const long = (word: string, times: number) => Array.from({ length: times }, () => word).join(' ');

  it('leaves short unchanged parts alone', () => {
    const parts = wordDiff('a b c', 'a x c');
    expect(elideUnchanged(parts, 20)).toEqual(parts);
  });

  it('keeps whole words of context around a change and says how much it left out', () => {
    const before = `${long('alpha', 40)} recieve ${long('omega', 40)}`;
    const after = `${long('alpha', 40)} receive ${long('omega', 40)}`;
    const shaped = elideUnchanged(wordDiff(before, after), 30);
    expect(shaped.map((part) => part.kind)).toEqual(['elided', 'same', 'removed', 'added', 'same', 'elided']);
    const [, head, , , tail] = shaped;
    expect(head!.text.length).toBeLessThanOrEqual(30);
    expect(
      head!.text
        .trim()
        .split(' ')
        .every((word) => word === 'alpha'),
    ).toBe(true);
    expect(
      tail!.text
        .trim()
        .split(' ')
        .every((word) => word === 'omega'),
    ).toBe(true);
    expect(shaped[0]!.text).toMatch(/^… \d+ unchanged characters …$/);
  });

  it('elides the middle of a long stretch between two changes', () => {
    const before = `one ${long('mid', 60)} two`;
    const after = `uno ${long('mid', 60)} dos`;
    const kinds = elideUnchanged(wordDiff(before, after), 20).map((part) => part.kind);
    expect(kinds).toEqual(['removed', 'added', 'same', 'elided', 'same', 'removed', 'added']);
  });
});

describe('revisionHistory', () => {
  const original = { createdAt: '2026-10-12T10:00:00.000Z', title: 'Library opens', lead: 'Lead.', body: 'Members recieve a card.' };
  const corrected = {
    createdAt: '2026-10-13T09:00:00.000Z',
    title: 'Library opens',
    lead: 'Lead.',
    body: 'Members receive a card.',
    correctionNote: 'Spelling.',
    editor: { displayName: 'Cora Rector' },
  };

  it('compares each revision with the one before, newest first, listing only changed fields', () => {
    const [latest, first] = revisionHistory([original, corrected]);
    expect(latest).toMatchObject({
      createdAt: corrected.createdAt,
      correctionNote: 'Spelling.',
      editorName: 'Cora Rector',
      original: false,
    });
    expect(latest!.changes.map((change) => change.field)).toEqual(['body']);
    expect(latest!.changes[0]!.parts).toContainEqual({ kind: 'added', text: 'receive' });
    expect(first).toEqual({ createdAt: original.createdAt, correctionNote: null, editorName: null, original: true, changes: [] });
  });

  it('is empty without revisions', () => {
    expect(revisionHistory([])).toEqual([]);
  });
});
