import { DeskErrorState } from './DeskErrorState';
import { deskStrings as s } from './deskStrings';

/** A desk list not loaded yet: its failure (with sign-in or retry) when it failed, else "Loading…". */
export function DeskLoading({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  return error ? <DeskErrorState error={error} onRetry={onRetry} /> : <p role="status">{s.loading}</p>;
}
