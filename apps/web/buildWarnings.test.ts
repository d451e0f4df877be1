import { expect, it } from 'vitest';
import { onBuildWarning } from './buildWarnings';

function reported(warning: Parameters<typeof onBuildWarning>[0]) {
  const seen: string[] = [];
  onBuildWarning(warning, (shown) => seen.push(shown.message));
  return seen;
}

it("drops libraries' module-level directives and reports everything else", () => {
  const library = '/repo/node_modules/.pnpm/react-compiler-runtime@19.1.0/node_modules/react-compiler-runtime/dist/index.js';
  expect(reported({ code: 'MODULE_LEVEL_DIRECTIVE', id: library, message: 'directive "use no memo"' })).toEqual([]);
  // Without an id, the message names the module.
  expect(reported({ code: 'MODULE_LEVEL_DIRECTIVE', message: `"use no memo" in "../../node_modules/x/index.js"` })).toEqual([]);
  // Our own modules' directives, and any other warning from a library, still show.
  expect(reported({ code: 'MODULE_LEVEL_DIRECTIVE', id: '/repo/apps/web/src/app/App.tsx', message: 'ours' })).toEqual(['ours']);
  expect(reported({ code: 'EVAL', id: library, message: 'eval in a library' })).toEqual(['eval in a library']);
});
