// The site's public origin for canonical and Open Graph URLs. The server renders pages with
// its PUBLIC_URL and hands it over in the page's state; the browser keeps using it, so the
// head it hydrates says what the server's did even when the reader came by another address
// (an IP, a second host name). Without server state (the dev server) the page's own origin.
let remembered: string | undefined;

export function rememberSiteOrigin(origin: string | undefined): void {
  remembered = origin;
}

export function siteOrigin(): string {
  return remembered ?? window.location.origin;
}
