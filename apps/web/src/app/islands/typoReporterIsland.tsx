import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ServerState } from '../serverState';
import { LanguageContext } from '../../i18n/LanguageContext';
import { LimitsContext } from '../../limits/useLimits';
import { judgeArticleSelection } from '../../typo-reports/selectionInArticle';
import { TypoReporterControls } from '../../typo-reports/TypoReporter';
import type { ReportRequest } from '../../typo-reports/useReportShortcut';
import { islandClient } from './islandClient';
import type { IslandProps } from '../../ssr/islandNames';

/**
 * Starts the spelling-error reporter over the server's static article inside `scope`. It
 * has no markup of its own to hydrate (it shows nothing until asked), so it renders into a
 * new element. `selection`: the article's selection when Ctrl+Enter loaded it, which the
 * dialog opens with at once (null: opened with nothing selected; undefined: loaded by a
 * touch selection, the button then appears by itself).
 */
export function mount(scope: HTMLElement, props: IslandProps, state: ServerState, selection: Range | null | undefined): void {
  let initialRequest: ReportRequest | undefined;
  if (selection !== undefined && state.limits) {
    // The reader may have moved the selection while the code loaded: report the one they pressed on.
    const current = document.getSelection();
    if (current && selection) {
      current.removeAllRanges();
      current.addRange(selection);
    }
    const verdict = judgeArticleSelection(scope, selection ? current : null, state.limits.typo);
    if (verdict.kind !== 'notInArticle') initialRequest = verdict;
  }
  const container = document.createElement('div');
  container.className = 'typo-island';
  scope.append(container);
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={islandClient(state)}>
        <LanguageContext value={props.language}>
          <LimitsContext value={state.limits}>
            <TypoReporterControls articleId={props.articleId} scope={{ current: scope }} initialRequest={initialRequest} />
          </LimitsContext>
        </LanguageContext>
      </ApolloProvider>
    </StrictMode>,
  );
}
