import { describe, expect, it } from 'vitest';
import { chooseEdition, editionCookie, editionFromAcceptLanguage, editionNamed, sameSiteBackPath } from './edition';

describe('the edition of a request', () => {
  it("is the reader's choice first: the cookie wins over Accept-Language", () => {
    expect(chooseEdition({ cookie: 'nr_edition=en', 'accept-language': 'ru-RU,ru;q=0.9' })).toBe('EN');
    expect(chooseEdition({ cookie: 'other=1; nr_edition=ru', 'accept-language': 'en' })).toBe('RU');
  });

  it('is guessed from Accept-Language without a cookie, or with one naming no edition', () => {
    expect(chooseEdition({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' })).toBe('RU');
    expect(chooseEdition({ cookie: 'nr_edition=fr', 'accept-language': 'ru' })).toBe('RU');
  });

  it('is English by default', () => {
    expect(chooseEdition({})).toBe('EN');
    expect(chooseEdition({ 'accept-language': 'de-DE, fr;q=0.5, *;q=0.1' })).toBe('EN');
  });
});

describe('Accept-Language', () => {
  it('prefers the range with the highest q-value that is an edition, the first among equals', () => {
    expect(editionFromAcceptLanguage('de, en;q=0.5, ru;q=0.7')).toBe('RU');
    expect(editionFromAcceptLanguage('en-GB, ru')).toBe('EN');
    expect(editionFromAcceptLanguage('RU-ru')).toBe('RU');
  });

  it('skips ranges refused (q=0) and malformed q-values', () => {
    expect(editionFromAcceptLanguage('ru;q=0, en;q=0.1')).toBe('EN');
    expect(editionFromAcceptLanguage('ru;q=abc')).toBeUndefined();
    expect(editionFromAcceptLanguage('')).toBeUndefined();
  });
});

describe('the switch', () => {
  it('names editions by their two-letter code only', () => {
    expect(editionNamed('ru')).toBe('RU');
    expect(editionNamed('EN')).toBe('EN');
    expect(editionNamed('de')).toBeUndefined();
    expect(editionNamed(null)).toBeUndefined();
  });

  it('remembers the choice for a year, for this site only, Secure over HTTPS', () => {
    expect(editionCookie('RU', false)).toBe('nr_edition=ru; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax');
    expect(editionCookie('EN', true)).toMatch(/^nr_edition=en; .*; Secure$/);
  });

  it('sends the reader back to a path of this site, with its query', () => {
    expect(sameSiteBackPath('/section/world?after=abc')).toBe('/section/world?after=abc');
    expect(sameSiteBackPath('/')).toBe('/');
  });

  it('never sends the reader to another site: anything but a same-site path goes home', () => {
    for (const back of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'evil.example',
      '/%0d%0aSet-Cookie:x=1',
      '/\r\nLocation: https://evil.example',
      '',
      null,
    ]) {
      const path = sameSiteBackPath(back);
      expect(path.startsWith('/') && !path.startsWith('//') && !/[\r\n\\]/.test(path), String(back)).toBe(true);
      if (back !== '/%0d%0aSet-Cookie:x=1') expect(path, String(back)).toBe('/');
    }
  });
});
