import type { Limits } from '@newsroom/rules/limits';
import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { ServerState } from '../serverState';
import { LanguageContext } from '../../i18n/LanguageContext';
import { LimitsContext } from '../../limits/useLimits';
import { islandHydratedAttribute, type IslandProps } from '../../ssr/islandNames';

/** Marks the container once React has attached the island's handlers. */
function MarkHydrated({ container }: { container: Element }) {
  useEffect(() => container.setAttribute(islandHydratedAttribute, ''), [container]);
  return null;
}

/**
 * Hydrates `widget` over the server's markup inside `container`, with what the server
 * rendered it with around it: the article's language and the served limits. The widget's
 * first render must equal that markup (ADR 010): no useId (its ids depend on the whole
 * page's tree), and what only the browser knows waits for useHydrated.
 */
export function hydrateIsland(container: Element, props: IslandProps, state: ServerState, widget: ReactNode): void {
  const limits: Limits | undefined = state.limits;
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <LanguageContext value={props.language}>
          <LimitsContext value={limits}>{widget}</LimitsContext>
        </LanguageContext>
        <MarkHydrated container={container} />
      </StrictMode>,
    );
  });
}
