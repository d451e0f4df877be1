import { Component, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches what a page throws while rendering, typically a page chunk that no longer exists
 * after a deploy; a fresh load of the address fetches the new one.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[web] page failed to render', error);
  }

  override render() {
    if (this.state.failed) return <ErrorState onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
