// The one reading of a request's Cookie header (the reader cookie, the staff session, the
// check for a public answer), through the `cookie` package (docs/adr/021).
import { parseCookie } from 'cookie';

/** The value of the named cookie, the first one if the header repeats it; undefined if absent. */
export function cookieFrom(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  // Our values (signed ids, session tokens) are never percent-encoded: read them as sent.
  return parseCookie(header, { decode: (value) => value })[name];
}
