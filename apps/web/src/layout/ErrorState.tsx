import { useState } from 'react';
import { useStrings } from '../i18n/LanguageContext';

interface Props {
  /** Loads again; the button shows progress while the promise is pending. */
  onRetry: () => unknown;
  message?: string;
}

/** What a page shows when its data could not be loaded, with a way to try again. */
export function ErrorState({ onRetry, message }: Props) {
  const s = useStrings();
  const [retrying, setRetrying] = useState(false);

  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state reports the failure; nothing to add here.
    } finally {
      setRetrying(false);
    }
  };

  return (
    <div className="error-state" role="alert">
      <p>{message ?? s.loadFailed}</p>
      <button type="button" className="button" onClick={retry} disabled={retrying} aria-busy={retrying}>
        {retrying ? s.loading : s.tryAgain}
      </button>
    </div>
  );
}
