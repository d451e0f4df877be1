import { describe, expect, it } from 'vitest';
import { createSubmissionIds } from './submissionIds';

describe('submission ids', () => {
  it('reuses the id when the same draft is sent again and changes it for a new draft', () => {
    let n = 0;
    const ids = createSubmissionIds(() => `id-${++n}`);
    expect(ids.idFor('Ann|Hello')).toBe('id-1');
    expect(ids.idFor('Ann|Hello')).toBe('id-1'); // a retry of the same submission
    expect(ids.idFor('Ann|Hello!')).toBe('id-2'); // the reader changed the text
  });

  it('starts a new submission after a successful one, even with the same text', () => {
    let n = 0;
    const ids = createSubmissionIds(() => `id-${++n}`);
    ids.idFor('Ann|Hello');
    ids.reset();
    expect(ids.idFor('Ann|Hello')).toBe('id-2');
  });

  it('makes UUIDs by default', () => {
    expect(createSubmissionIds().idFor('x')).toMatch(/^[0-9a-f-]{32,36}$/);
  });
});
