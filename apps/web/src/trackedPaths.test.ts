import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// macOS and Windows check out a repository on a file system that ignores case: two paths
// that differ only by case become one file there, and an import such as './RevisionDiff'
// may resolve to revisionDiff.ts. This walks every tracked file of the repository.
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: import.meta.dirname, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean);

/** Paths that mean one thing to a case-blind file system or module resolver, grouped; only groups of two or more. */
function caseCollisions(paths: readonly string[]): string[][] {
  const groups = new Map<string, Set<string>>();
  const add = (key: string, path: string) => groups.set(key, (groups.get(key) ?? new Set()).add(path));
  for (const path of paths) {
    add(path.toLowerCase(), path);
    // A module is imported without its extension: Foo.tsx and foo.ts answer to one import.
    const module = /^(.*)\.(?:[cm]?[jt]s|[jt]sx)$/.exec(path)?.[1];
    if (module) add(`module:${module.toLowerCase()}`, path);
  }
  return [...groups.values()].filter((group) => group.size > 1).map((group) => [...group].sort());
}

describe('tracked paths', () => {
  it('finds paths and modules that differ only by case', () => {
    expect(caseCollisions(['a/Readme.md', 'a/README.md', 'a/b.ts'])).toEqual([['a/README.md', 'a/Readme.md']]);
    expect(caseCollisions(['desk/RevisionDiff.tsx', 'desk/revisionDiff.ts', 'desk/revisionDiff.test.ts'])).toEqual([
      ['desk/RevisionDiff.tsx', 'desk/revisionDiff.ts'],
    ]);
    expect(caseCollisions(['desk/desk.css', 'desk/Desk.tsx', 'desk/Desk.test.ts'])).toEqual([]);
  });

  it('never differ only by case', () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(caseCollisions(tracked)).toEqual([]);
  });
});
