// What lets a shared cache in front (nginx's proxy_cache, a CDN) keep an anonymous reader
// page (ADR 036): `public` with `s-maxage` and `stale-while-revalidate` from the settings,
// and a strong ETag so a revalidation that finds the page unchanged is a 304 without a body.
// Only pages the same for every reader get these (http/createHttpHandler.ts decides: no
// reader cookie, no staff credentials, not a preview); every other page stays
// `private, no-cache`.
import { createHash } from 'node:crypto';
import type { Encoding } from './compressBody';

export interface SharedCachePolicy {
  /** SHARED_CACHE_MAX_AGE_SECONDS: 0 keeps pages out of shared caches. */
  maxAgeSeconds: number;
  /** SHARED_CACHE_STALE_SECONDS. */
  staleSeconds: number;
}

/**
 * The Cache-Control of an anonymous page whose data may be kept `dataMaxAgeSeconds` (the
 * shortest @cacheControl max-age of its operations). `max-age=0`: the browser revalidates
 * every time (a 304 when unchanged), so a reader who has since voted sees their page.
 */
export function publicCacheControl(policy: SharedCachePolicy, dataMaxAgeSeconds: number): string {
  const sMaxAge = Math.min(policy.maxAgeSeconds, Math.floor(dataMaxAgeSeconds));
  if (!(sMaxAge > 0)) return 'private, no-cache';
  return `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${policy.staleSeconds}`;
}

/** A strong validator of the page's HTML (SHA-256, 128 bits), told apart per encoding as each is other bytes. */
export function pageTag(html: Buffer): string {
  return createHash('sha256').update(html).digest('base64url').slice(0, 22);
}

export function etagFor(tag: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding}"`;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks of it) or is `*`. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value.replace(/^W\//, '') === etag;
  });
}
