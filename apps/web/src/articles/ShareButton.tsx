import { useStrings } from '../i18n/LanguageContext';
import { useHydrated } from '../ssr/useHydrated';
import { shareAttribute, shareLink } from './shareLink';

/**
 * "Share": the system's share sheet, or the article's address copied (articles/shareLink.ts).
 * It needs a script, so it is hidden until one runs: in the server's HTML until the
 * islands boot wires it (no React loads for it), in the full app once hydrated. The
 * status after it says "Link copied" to screen readers too.
 */
export function ShareButton({ url, title }: { url: string; title: string }) {
  const s = useStrings();
  const hydrated = useHydrated();
  const attributes = { [shareAttribute]: url };
  return (
    <p className="share">
      <button
        type="button"
        className="share-button"
        hidden={!hydrated}
        data-share-title={title}
        data-share-copied={s.linkCopied}
        data-share-failed={s.copyFailed}
        onClick={(event) => void shareLink(event.currentTarget)}
        {...attributes}
      >
        {s.share}
      </button>
      <span className="share-status" role="status" />
    </p>
  );
}
