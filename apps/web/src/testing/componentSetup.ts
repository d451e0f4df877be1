// Set-up for the `web-components` Vitest project (vitest.config.ts): Testing Library's
// DOM matchers (toBeInTheDocument, toHaveFocus, …), an empty page after each test
// (Testing Library cleans up by itself only where the test runner has global hooks), and
// the one piece of browser behaviour the components rely on that happy-dom lacks.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor give up after 1 s by default: too short on a busy 2-core machine, where a
// lazily imported module (the typo dialog) may take longer to load the first time.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.getSelection()?.removeAllRanges();
});

// Browsers close the top modal <dialog> when Escape is pressed (a `cancel` event, then
// `close`, unless the key or the cancel event was default-prevented); happy-dom does not.
// The components' own part (what happens on `close`) is what the tests are about.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const dialog = [...document.querySelectorAll('dialog')].filter((candidate) => candidate.open).pop();
  if (dialog && dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
});
