// The share button's behaviour, without React: the article page's islands boot wires it
// to the server's button (no widget hydrates for it), and ShareButton calls it inside the
// full app. The system's share sheet (Web Share API) where the browser has one, else the
// address copied to the clipboard; no third-party script or service either way.

/** The attributes the button carries: what to share, and what to say after copying. */
export const shareAttribute = 'data-share-url';

/** Shares what `button` names, and says in its status (the element after it) what happened. */
export async function shareLink(button: HTMLElement): Promise<void> {
  const url = button.getAttribute(shareAttribute);
  if (!url) return;
  const title = button.dataset.shareTitle ?? document.title;
  const status = button.nextElementSibling;
  const say = (text: string | undefined) => {
    if (status && text) status.textContent = text;
  };
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return;
    } catch (error) {
      // The reader closed the sheet: nothing to say. Anything else (not allowed here): copy instead.
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    say(button.dataset.shareCopied);
  } catch {
    say(button.dataset.shareFailed);
  }
}

/** Wires every share button the server rendered (the article page's islands boot). */
export function wireShareButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLElement>(`[${shareAttribute}]`)) {
    button.hidden = false;
    button.addEventListener('click', () => void shareLink(button));
  }
}
