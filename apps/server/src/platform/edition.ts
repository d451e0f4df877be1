// The reader's edition: the language of the home, section and tag pages and of the
// interface around them (ADR 034). Chosen by the reader with the switch (a cookie), else
// guessed from the browser's Accept-Language, else English. Decided by the server, so a
// page is rendered in its edition with JavaScript off and hydrates without a change.
import { cookieFrom } from './requestCookies';

export const editions = ['EN', 'RU'] as const;
export type Edition = (typeof editions)[number];

export const editionCookieName = 'nr_edition';
const oneYearSeconds = 365 * 24 * 60 * 60;

/** The edition a `?set=` or cookie value names (`en`, `ru`, any case); undefined for anything else. */
export function editionNamed(value: string | null | undefined): Edition | undefined {
  const upper = value?.trim().toUpperCase();
  return (editions as readonly string[]).includes(upper ?? '') ? (upper as Edition) : undefined;
}

/**
 * The edition Accept-Language prefers: the language range with the highest q-value that is
 * one of ours (`ru`, `ru-RU`, `en-US`…), the first listed among equals; undefined when none
 * is (a `*` names no edition, so the default applies).
 */
export function editionFromAcceptLanguage(header: string | undefined): Edition | undefined {
  if (!header) return undefined;
  let best: { edition: Edition; q: number } | undefined;
  for (const part of header.split(',').slice(0, 50)) {
    const [range, ...parameters] = part.trim().split(';');
    const edition = editionNamed(range?.split('-')[0]);
    if (!edition) continue;
    const qParameter = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { edition, q };
  }
  return best?.edition;
}

/** The request's edition: the reader's choice (the cookie), else Accept-Language, else English. */
export function chooseEdition(headers: { cookie?: string; 'accept-language'?: string }): Edition {
  return editionNamed(cookieFrom(headers.cookie, editionCookieName)) ?? editionFromAcceptLanguage(headers['accept-language']) ?? 'EN';
}

/** The Set-Cookie that remembers the reader's choice for a year; HttpOnly, as only the server reads it. */
export function editionCookie(edition: Edition, secure: boolean): string {
  const attributes = [`${editionCookieName}=${edition.toLowerCase()}`, 'Path=/', `Max-Age=${oneYearSeconds}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

const isControlCharacter = (character: string) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f;

/**
 * Where the switch sends the reader back to: `back` when it is a path of this site (one
 * slash, then no slash or backslash: `//evil.example` and `/\evil.example` are other
 * sites to a browser), with its query; the home page for anything else, so the switch can
 * never be used to send a reader elsewhere (no open redirect).
 */
export function sameSiteBackPath(back: string | null | undefined): string {
  if (!back || !/^\/(?![/\\])/.test(back) || back.includes('\\') || [...back].some(isControlCharacter)) return '/';
  const base = 'http://edition.invalid';
  let url: URL;
  try {
    url = new URL(back, base);
  } catch {
    return '/';
  }
  return url.origin === base ? url.pathname + url.search : '/';
}
