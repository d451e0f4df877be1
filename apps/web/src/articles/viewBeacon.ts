// One view of an article, told to the server once the page is shown (ADR 035): a beacon,
// so it costs the reader nothing and survives the page being closed. A page opened in a
// background tab counts when first brought to the front, and never if it is not. No
// React: the article page's islands boot sends it, and ArticlePage in the full app.

/** The server's route for it (apps/server/src/http/viewRoutes.ts). */
export const viewBeaconPath = '/views';

/** Sends the article's view once the page is visible. */
export function sendViewBeacon(articleId: string): void {
  const send = () => navigator.sendBeacon?.(viewBeaconPath, articleId);
  if (document.visibilityState === 'visible') return void send();
  const onChange = () => {
    if (document.visibilityState !== 'visible') return;
    document.removeEventListener('visibilitychange', onChange);
    send();
  };
  document.addEventListener('visibilitychange', onChange);
}
