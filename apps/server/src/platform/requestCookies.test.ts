import { describe, expect, it } from 'vitest';
import { cookieFrom } from './requestCookies';

describe('cookieFrom', () => {
  it('reads one cookie of a header as sent', () => {
    const header = 'theme=dark; nr_session=abc.def=; nr_reader=id.sig%41';
    expect(cookieFrom(header, 'nr_session')).toBe('abc.def=');
    expect(cookieFrom(header, 'nr_reader')).toBe('id.sig%41');
  });

  it('takes the first of repeated names, keeps empty values, and matches whole names only', () => {
    expect(cookieFrom('nr_session=one; nr_session=two', 'nr_session')).toBe('one');
    expect(cookieFrom('nr_session=', 'nr_session')).toBe('');
    expect(cookieFrom('old_nr_session=x', 'nr_session')).toBeUndefined();
    expect(cookieFrom(undefined, 'nr_session')).toBeUndefined();
    expect(cookieFrom('', 'nr_session')).toBeUndefined();
  });
});
