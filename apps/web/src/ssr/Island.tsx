import type { ReactNode } from 'react';
import type { Language } from '../gql/graphql';
import { usePageStatusContext } from './PageStatusContext';
import { islandAttribute, islandPropsAttribute, type IslandName, type IslandProps } from './islandNames';

/**
 * Called by a page the browser does not hydrate as a whole but island by island (the
 * article page): the server then preloads the islands' boot and tells main.tsx, in the
 * page's state, to run it.
 */
export function useIslandsPage(islands: boolean): void {
  const page = usePageStatusContext();
  if (page && islands) page.islands = true;
}

/**
 * The attributes that make an element the container of an island: on a page that called
 * useIslandsPage, the browser finds it by them and hydrates what is inside with the props
 * they carry (app/islands/bootIslands.ts). Elsewhere they are inert.
 */
export function useIslandAttributes(name: IslandName, language: Language, articleId = ''): Record<string, string> {
  const props: IslandProps = { language, articleId };
  return { [islandAttribute]: name, [islandPropsAttribute]: JSON.stringify(props) };
}

/**
 * A widget of the article page that the browser hydrates on its own, when it comes into
 * view or is touched, instead of hydrating the whole page (docs/adr/028). The container
 * has `display: contents`: the layout is the same with or without it. Inside the full app
 * (a page reached by a client-side navigation) it is an inert wrapper.
 */
export function Island({
  name,
  language,
  articleId,
  children,
}: {
  name: IslandName;
  language: Language;
  articleId: string;
  children: ReactNode;
}) {
  return (
    <div className="island" {...useIslandAttributes(name, language, articleId)}>
      {children}
    </div>
  );
}
