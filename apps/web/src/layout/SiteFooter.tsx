import { useStrings } from '../i18n/LanguageContext';

export function SiteFooter() {
  const s = useStrings();
  return (
    <footer className="site-footer">
      <div className="wrap site-footer-inner">
        <p>{s.footerNote}</p>
        {/* A full page load: the server answers GET /graphql with the playground. */}
        <a href="/graphql">{s.apiPlayground}</a>
      </div>
    </footer>
  );
}
