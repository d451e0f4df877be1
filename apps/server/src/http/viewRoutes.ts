// POST /views: the beacon an article page sends once it is shown (ADR 035). Its body is the
// article's global id as plain text (navigator.sendBeacon's default); the answer is 204
// whether the view was counted or not, so it tells nothing about who is counted.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { sessionCookieName } from '../modules/auth/tokenRules';
import { countArticleView, type ViewCounter } from '../modules/views/viewService';
import { isAutomatedAgent, isSpeculative } from '../modules/views/viewRules';
import { cookieFrom } from '../platform/requestCookies';
import { BodyTooLargeError, readBody } from './readBody';
import { sendGraphQLError } from './sendJson';

export const viewBeaconPath = '/views';
// A global id is some 20 characters; anything much longer is not one.
const bodyLimitBytes = 256;

export async function handleViewBeacon(request: IncomingMessage, response: ServerResponse, views: ViewCounter): Promise<void> {
  if (request.method !== 'POST') {
    response.writeHead(405, { allow: 'POST' });
    return void response.end();
  }
  let body: string;
  try {
    body = await readBody(request, bodyLimitBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return sendGraphQLError(response, 413, `The body must be an article id, under ${bodyLimitBytes} bytes.`, 'BAD_USER_INPUT');
    throw error;
  }
  try {
    // Staff reading their own site, programs, and pages fetched ahead are not readers.
    const staff = request.headers.authorization !== undefined || cookieFrom(request.headers.cookie, sessionCookieName) !== undefined;
    const counted = !staff && !isAutomatedAgent(request.headers['user-agent']) && !isSpeculative(purposeOf(request));
    if (counted) countArticleView(views, body);
    else countArticleView(noCounter, body); // the same check of the id, so every caller gets the same errors
  } catch (error) {
    if (error instanceof GraphQLError) return sendGraphQLError(response, 400, error.message, String(error.extensions.code));
    throw error;
  }
  response.writeHead(204, { 'cache-control': 'no-store' });
  response.end();
}

const purposeOf = (request: IncomingMessage) => String(request.headers['sec-purpose'] ?? request.headers.purpose ?? '') || undefined;

const noCounter: ViewCounter = { record: () => {}, flush: async () => {}, close: async () => {} };
