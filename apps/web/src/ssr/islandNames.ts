// What the server writes on an island's container and the browser reads back (no React
// here: the islands' boot imports it before any widget's code is loaded).
import type { Language } from '../gql/graphql';

/** The widgets of the article page that hydrate on their own (docs/adr/028-islands-on-the-article-page.md). */
export type IslandName = 'rating' | 'comments' | 'typoHint' | 'time';

/** What every island is hydrated with, read from its container's data-island-props. */
export interface IslandProps {
  /** The language the widget was rendered in (its article's). */
  language: Language;
  /** The article the widget belongs to ('' for a widget that needs none). */
  articleId: string;
}

/** The container's attribute naming its island. */
export const islandAttribute = 'data-island';
/** Set on the container once its island has hydrated: what tests (and scripts) wait for. */
export const islandHydratedAttribute = 'data-island-hydrated';

/** The attribute holding the island's props as JSON. */
export const islandPropsAttribute = 'data-island-props';

/** Reads an island's props back from its container; undefined for a malformed container. */
export function readIslandProps(container: Element): IslandProps | undefined {
  try {
    const props = JSON.parse(container.getAttribute(islandPropsAttribute) ?? '') as Partial<IslandProps> | null;
    return props && typeof props.articleId === 'string' && (props.language === 'EN' || props.language === 'RU')
      ? { articleId: props.articleId, language: props.language }
      : undefined;
  } catch {
    return undefined;
  }
}
