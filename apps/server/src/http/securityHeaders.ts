// The security headers every response carries, in one place: createHttpHandler applies
// them before routing, so no route (page, API, asset, 404, error) can leave them out.
// The playground alone gets a looser Content-Security-Policy, for what GraphiQL needs.
import type { ServerResponse } from 'node:http';

type Directives = Record<string, string>;

/**
 * The site: scripts only from this origin's files (the server-rendered state is JSON in a
 * <script type="application/json">, which is data, not script). 'self' in connect-src
 * also matches ws:/wss: on this host (CSP3), which the subscriptions use. Article
 * pictures may be https URLs of other hosts.
 */
export const siteDirectives: Directives = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' https: data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/**
 * GraphiQL (Monaco) adds <style> elements at run time, and its stylesheet embeds its fonts
 * as data: URLs. It needs nothing else beyond the site's policy.
 */
export const playgroundDirectives: Directives = {
  ...siteDirectives,
  'style-src': "'self' 'unsafe-inline'",
  'font-src': "'self' data:",
};

export const policy = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

// Powerful features none of our pages use, denied to them and to anything they embed.
const deniedFeatures = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'];

export interface SecurityHeaders {
  /** Sets every header for any response (before anything else writes headers). */
  apply(response: ServerResponse): void;
  /** Swaps the Content-Security-Policy for the playground's. */
  applyPlayground(response: ServerResponse): void;
}

export function createSecurityHeaders(publicUrl: string): SecurityHeaders {
  const headers: [string, string][] = [
    ['content-security-policy', policy(siteDirectives)],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['permissions-policy', deniedFeatures.map((feature) => `${feature}=()`).join(', ')],
    ['cross-origin-opener-policy', 'same-origin'],
    // frame-ancestors for browsers that predate it.
    ['x-frame-options', 'DENY'],
  ];
  // HSTS is only honoured over https and would pin a plain-http site (localhost) to https
  // for a year, so only a site whose public address is https sends it.
  if (new URL(publicUrl).protocol === 'https:') headers.push(['strict-transport-security', 'max-age=31536000; includeSubDomains']);
  const playgroundPolicy = policy(playgroundDirectives);

  return {
    apply(response) {
      for (const [name, value] of headers) response.setHeader(name, value);
    },
    applyPlayground(response) {
      response.setHeader('content-security-policy', playgroundPolicy);
    },
  };
}
