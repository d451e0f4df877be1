// Which of the bundler's warnings the build leaves out, and why: a clean build prints none,
// so a new warning is seen (issue 21).
import type { Rolldown } from 'vite';

type Warning = Pick<Rolldown.RolldownLog, 'code' | 'id' | 'message'>;

/**
 * A module-level directive ("use client", "use no memo") in a library's own files. React
 * Compiler's runtime and GraphiQL mark modules "use no memo" for the React Compiler, which
 * reads the library's published files; in our bundle, where those modules are merged into
 * chunks, the directive has no meaning to keep. The bundler says so for every such module on
 * every build. Ours (under src/) would still be reported.
 */
export function isLibraryDirectiveWarning(warning: Warning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /[\\/]node_modules[\\/]/.test(warning.id ?? warning.message);
}

/** `build.rolldownOptions.onwarn`: every warning but the ones above goes to Vite's handler. */
export function onBuildWarning(warning: Rolldown.RolldownLog, report: (warning: Rolldown.RolldownLog) => void): void {
  if (isLibraryDirectiveWarning(warning)) return;
  report(warning);
}
