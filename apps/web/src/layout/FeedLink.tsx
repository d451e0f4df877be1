import type { Language } from '../gql/graphql';
import { usePageStatusContext } from '../ssr/PageStatusContext';
import { siteOrigin } from '../ssr/siteOrigin';

/**
 * RSS autodiscovery: the <link rel="alternate"> feed readers and browsers look for, naming
 * the page's feed in the page's edition (the server's /rss.xml, /section/<slug>/rss.xml,
 * /tag/<slug>/rss.xml; ADR 032). React hoists it into <head>.
 */
export function FeedLink(props: { path: string; title: string; language: Language }) {
  const origin = usePageStatusContext()?.origin ?? siteOrigin();
  const edition = props.language === 'RU' ? '?lang=ru' : '';
  return (
    <link rel="alternate" type="application/rss+xml" title={props.title} href={new URL(`${props.path}${edition}`, `${origin}/`).href} />
  );
}
