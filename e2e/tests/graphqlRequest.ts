import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Sends one GraphQL operation as `request` (a page's, a test's or another reader's request
 * context, with its own cookies) and returns its `data`, failing the test on an HTTP error or
 * any GraphQL error. `headers` add, e.g., an editor's Bearer token.
 */
export async function graphql(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await request.post('/graphql', { data: { query, variables }, headers });
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}
