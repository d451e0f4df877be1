import { Link } from 'react-router';
import { useStrings } from '../i18n/LanguageContext';
import { usePageStatus } from '../ssr/PageStatusContext';
import { useMarkHydrated } from '../ssr/useHydrated';

/** Unknown addresses and slugs that name nothing. */
export function NotFoundPage() {
  const s = useStrings();
  usePageStatus(404);
  useMarkHydrated();
  return (
    <div className="not-found">
      <title>{`${s.pageNotFound} — ${s.siteName}`}</title>
      <meta name="robots" content="noindex" />
      <h1>{s.pageNotFound}</h1>
      <p>{s.pageNotFoundExplanation}</p>
      <p>
        <Link to="/">{s.goHome}</Link>
      </p>
    </div>
  );
}
