// Set-up for the `web-components` Vitest project (vitest.config.ts): Testing Library's
// DOM matchers (toBeInTheDocument, toHaveFocus, …), and an empty page after each test
// (Testing Library cleans up by itself only where the test runner has global hooks).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.getSelection()?.removeAllRanges();
});
