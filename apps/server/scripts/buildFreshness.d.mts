// Types for buildFreshness.mjs (plain JavaScript so Node runs it without tsx), for its tests.
export interface Build {
  name: string;
  /** Folders and files, relative to the repository root, whose content the build reads. */
  inputs: string[];
  /** Environment variables with this prefix are inputs too. */
  envPrefix?: string;
  /** Files the build leaves; a missing one means build again. */
  outputs: string[];
  /** Where a successful build records its inputs' hash. */
  stamp: string;
  /** A shell command, run from the repository root. */
  command: string;
}

export const repoRoot: string;
export const builds: Build[];

export function hashInputs(
  root: string,
  inputs: string[],
  options?: { envPrefix?: string; env?: NodeJS.ProcessEnv; command?: string },
): Promise<string | null>;

export function ensureBuilt(
  build: Build,
  options?: { root?: string; force?: boolean; env?: NodeJS.ProcessEnv; stdio?: 'inherit' | 'ignore' | 'pipe' },
): Promise<'fresh' | 'built'>;

export function ensureAllBuilt(options?: { force?: boolean }): Promise<void>;
