// Whether this browser is a known reader, said where the page's script can read it. The
// reader cookie itself is HttpOnly (its signed id is nobody's business but the server's), and
// the article page every reader gets is the same public one (ADR 036), so the widgets need
// another way to know whether there is anything of the reader's to fetch (their vote, their
// own comments): the server sets this cookie, holding nothing but "1", beside the reader
// cookie and for as long.

export const readerMarkerCookieName = 'nr_known';

/** Whether a Cookie header (or `document.cookie`) carries the marker. */
export function hasReaderMarker(cookies: string | undefined): boolean {
  return (cookies ?? '').split(';').some((cookie) => cookie.trim() === `${readerMarkerCookieName}=1`);
}
