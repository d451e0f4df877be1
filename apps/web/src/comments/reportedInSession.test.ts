import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberReport, wasReportedInSession } from './reportedInSession';

/** The browser's sessionStorage, as far as the module uses it. */
function fakeSessionStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the comments reported in this session', () => {
  it('are remembered in sessionStorage, so a reload does not offer Report again', () => {
    const storage = fakeSessionStorage();
    vi.stubGlobal('sessionStorage', storage);
    expect(wasReportedInSession('Q29tbWVudDox')).toBe(false);
    rememberReport('Q29tbWVudDox');
    expect(wasReportedInSession('Q29tbWVudDox')).toBe(true);
    expect(wasReportedInSession('Q29tbWVudDoy')).toBe(false);
    expect(JSON.parse(storage.items.get('newsroom.reportedComments')!)).toContain('Q29tbWVudDox');
  });

  it('include what an earlier page of the session stored, and survive a corrupt entry', () => {
    vi.stubGlobal('sessionStorage', fakeSessionStorage({ 'newsroom.reportedComments': '["Q29tbWVudDoz", 7]' }));
    expect(wasReportedInSession('Q29tbWVudDoz')).toBe(true);
    vi.stubGlobal('sessionStorage', fakeSessionStorage({ 'newsroom.reportedComments': '{not json' }));
    expect(wasReportedInSession('Q29tbWVudDoz')).toBe(false);
    rememberReport('Q29tbWVudDo0');
    expect(wasReportedInSession('Q29tbWVudDo0')).toBe(true);
  });

  it('are kept for the page’s life when storage refuses', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    rememberReport('Q29tbWVudDo1');
    expect(wasReportedInSession('Q29tbWVudDo1')).toBe(true);
  });
});
