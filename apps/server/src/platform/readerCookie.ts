// Readers are anonymous. On first contact the server gives each browser a random reader
// id in a signed, HttpOnly, SameSite=Lax cookie; the id keys one-vote-per-reader ratings,
// own-comment edits and rate limits. The signature stops a client from choosing an id
// (and so from voting as many readers) without keeping any server-side session.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readerMarkerCookieName } from '@newsroom/rules/readerMarker';
import { setBounded } from './boundedMap';
import { cookieFrom } from './requestCookies';

export const readerCookieName = 'nr_reader';
const oneYearSeconds = 365 * 24 * 60 * 60;

export interface ReaderCookieSigner {
  /** The verified reader id in a Cookie header, if any. */
  readerIdFrom(cookieHeader: string | undefined): string | undefined;
  /**
   * A fresh reader id and the Set-Cookie headers that hand it out: the reader cookie, and
   * the marker the page's script reads (@newsroom/rules/readerMarker).
   */
  issue(secure: boolean): { readerId: string; setCookies: string[] };
}

/** The marker's Set-Cookie: readable by the page's script, and kept as long as the reader cookie. */
export function readerMarkerCookie(secure: boolean): string {
  return [`${readerMarkerCookieName}=1`, 'Path=/', `Max-Age=${oneYearSeconds}`, 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}

/**
 * Cookie values already verified, up to this many (oldest first out): checking an HMAC cost
 * about 8% of a cached read's CPU, and a returning reader sends the same value with every
 * request. Only values whose signature checked out enter, so a forged cookie is verified
 * (and refused) every time.
 */
const verifiedValuesKept = 10_000;

/** A random reader id (128 bits): never guessed, never shared. */
export function newReaderId(): string {
  return randomBytes(16).toString('base64url');
}

export function createReaderCookieSigner(
  secret: string,
  { remember = verifiedValuesKept } = {},
): ReaderCookieSigner & { readonly remembered: number } {
  const sign = (readerId: string) => createHmac('sha256', secret).update(readerId).digest('base64url');
  const verified = new Map<string, string>();
  const verify = (value: string): string | undefined => {
    const [readerId, signature] = value.split('.');
    if (!readerId || !signature || !/^[A-Za-z0-9_-]{22}$/.test(readerId)) return undefined;
    const expected = Buffer.from(sign(readerId));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? readerId : undefined;
  };
  return {
    readerIdFrom(cookieHeader) {
      const value = cookieFrom(cookieHeader, readerCookieName);
      if (!value) return undefined;
      const known = verified.get(value);
      if (known) return known;
      const readerId = verify(value);
      if (readerId) setBounded(verified, value, readerId, remember);
      return readerId;
    },
    issue(secure) {
      const readerId = newReaderId();
      const attributes = [
        `${readerCookieName}=${readerId}.${sign(readerId)}`,
        'Path=/',
        `Max-Age=${oneYearSeconds}`,
        'HttpOnly',
        'SameSite=Lax',
      ];
      if (secure) attributes.push('Secure');
      return { readerId, setCookies: [attributes.join('; '), readerMarkerCookie(secure)] };
    },
    get remembered() {
      return verified.size;
    },
  };
}
