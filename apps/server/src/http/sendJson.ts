import type { ServerResponse } from 'node:http';

/** A GraphQL-shaped error response for requests refused before they reach Apollo. */
export function sendGraphQLError(response: ServerResponse, status: number, message: string, code: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
