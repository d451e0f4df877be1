/**
 * The performance mark a page leaves once it answers the reader (useMarkHydrated, or the
 * islands' boot on the article page): the benchmark counts the scripts fetched before it as
 * the JavaScript before interaction (bench/src/browser.ts). A module of its own, without
 * React, for the islands' boot to import.
 */
export const interactiveMark = 'newsroom:interactive';
