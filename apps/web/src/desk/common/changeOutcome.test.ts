import { describe, expect, it } from 'vitest';
import { changeOutcome } from './changeOutcome';

describe('changeOutcome', () => {
  it('is ok for the success type', () => {
    expect(changeOutcome({ __typename: 'RenameTagSuccess' }, 'RenameTagSuccess')).toEqual({ ok: true });
  });

  it('carries a problem’s message, and its field when it names one', () => {
    expect(changeOutcome({ __typename: 'ValidationError', field: 'slug', message: 'Taken.' }, 'RenameTagSuccess')).toEqual({
      ok: false,
      field: 'slug',
      message: 'Taken.',
    });
    expect(changeOutcome({ __typename: 'NotFound', message: 'Gone.' }, 'RenameTagSuccess')).toEqual({
      ok: false,
      field: null,
      message: 'Gone.',
    });
  });

  it('throws for an answer without data', () => {
    expect(() => changeOutcome(undefined, 'RenameTagSuccess')).toThrow();
  });
});
