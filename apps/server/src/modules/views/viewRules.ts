// Which requests are a person reading an article (ADR 035). Pure: the beacon route asks.

// Crawlers, link-preview fetchers and monitors that run scripts say so in their user agent.
// Headless browsers are not on the list: a reader's automation (and our own end-to-end
// tests) use them, and a crawler that hides behind one hides from any list.
const automatedAgents =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|embedly|preview|lighthouse|pingdom|uptime|monitor|curl\/|wget\/|python-requests|go-http-client|node-fetch|axios\//i;

/** Whether a user agent announces a program rather than a person (no user agent at all counts as a program). */
export function isAutomatedAgent(userAgent: string | undefined): boolean {
  return !userAgent || automatedAgents.test(userAgent);
}

/** Whether the request is the browser fetching ahead (prefetch, prerender) rather than a visit. */
export function isSpeculative(purpose: string | undefined): boolean {
  return purpose !== undefined && /prefetch|prerender/i.test(purpose);
}
