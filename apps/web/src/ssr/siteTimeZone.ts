// The site's time zone (the server's SITE_TIME_ZONE). The server renders times in it, naming
// it, and hands it over in the page's state; the browser's first render (the one that
// hydrates) formats in it too, so both agree, before switching to the reader's own zone.
// No React here: the islands' boot remembers it before any widget loads.
let remembered: string | undefined;

export function rememberSiteTimeZone(timeZone: string | undefined): void {
  remembered = timeZone;
}

/** The remembered zone; UTC for a page the server did not render (the dev server, the desk). */
export function siteTimeZone(): string {
  return remembered ?? 'UTC';
}
