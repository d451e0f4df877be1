// The media library's HTTP door (ADR 018): `POST /media` takes one picture as the raw
// request body (alt, caption and credit in the query string), and
// `GET /media/<id>/<format>-<width>.<ext>` serves a variant from the database with
// long-lived cache headers. Uploads pass the guards every door has: the one context builder
// (session cookie or Bearer token), the same cross-site rule as GraphQL, a body limit read
// as a stream, and the outage answers (createHttpHandler's catch).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { PictureRefused } from '@newsroom/db/media/pictureVariants';
import { mediaLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { findMediaFile } from '../modules/media/mediaQueries';
import { mediaJson } from '../modules/media/mediaJsonRules';
import { requireRole, type Viewer } from '../modules/auth/viewerService';
import { uploadPicture, validatePictureText } from '../modules/media/mediaService';
import type { GraphQLHttpDeps } from './graphqlHttpHandler';
import { BodyTooLargeError, readBodyBytes } from './readBody';
import { createRequestContext, readerFor } from './requestContext';
import { requestInfo } from './requestInfo';

const filePath = /^\/media\/([1-9][0-9]{0,9})\/(avif|webp|jpeg|og)-([1-9][0-9]{0,4})\.(avif|webp|jpg)$/;
const extensionOf = { avif: 'avif', webp: 'webp', jpeg: 'jpg', og: 'jpg' } as const;

/** Whether the path is the media door's: the upload endpoint or a variant's address. */
export const isMediaPath = (pathname: string) => pathname === '/media' || filePath.test(pathname);

export async function handleMediaRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  deps: GraphQLHttpDeps,
): Promise<void> {
  if (url.pathname === '/media') {
    if (request.method !== 'POST')
      return sendProblem(response, 405, 'Upload a picture with POST.', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
    return upload(request, response, url, deps);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendProblem(response, 405, 'Pictures are read with GET.', 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
  return serveFile(request, response, url.pathname, deps);
}

async function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string, deps: GraphQLHttpDeps) {
  const [, id, format, width, extension] = filePath.exec(pathname)!;
  const file =
    extensionOf[format as keyof typeof extensionOf] === extension
      ? await findMediaFile(deps.database.db, Number(id), format!, Number(width))
      : undefined;
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    return void response.end('No such picture.\n');
  }
  // The bytes at an address never change (a new picture gets a new id), so caches keep them for a year.
  const headers = { etag: file.etag, 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' };
  const wanted = String(request.headers['if-none-match'] ?? '');
  if (wanted.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*')) {
    response.writeHead(304, headers);
    return void response.end();
  }
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  response.writeHead(200, { ...headers, 'content-type': file.contentType, 'content-length': bytes.length });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

async function upload(request: IncomingMessage, response: ServerResponse, url: URL, deps: GraphQLHttpDeps) {
  // The cross-site rule of the GraphQL endpoint (Apollo's CSRF prevention): a body type a
  // plain HTML form or a simple fetch cannot send, so a browser asks first (preflight) and
  // CORS answers for the origin; and an Origin header, when sent, must be this site or one
  // that CORS_ORIGINS lists.
  const contentType = String(request.headers['content-type'] ?? '').toLowerCase();
  if (!/^(image\/[a-z0-9.+-]+|application\/octet-stream)\s*(;|$)/.test(contentType)) {
    return refuseUnread(
      request,
      response,
      415,
      'Send the picture itself as the request body, with Content-Type image/* (for example image/jpeg).',
      'UNSUPPORTED_MEDIA_TYPE',
    );
  }
  if (!sameSiteOrAllowed(request.headers.origin, request.headers.host, deps)) {
    return refuseUnread(request, response, 403, 'Uploads from another site are refused.', 'CSRF_REFUSED');
  }

  // Who is asking, before a byte of the body is read.
  const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
  const context = await createRequestContext(request, deps, { readerId: readerFor(request, deps, secure).readerId, clientAddress, secure });
  const text = { alt: url.searchParams.get('alt'), caption: url.searchParams.get('caption'), credit: url.searchParams.get('credit') };

  let bytes: Buffer;
  try {
    // Checks the role (and alt text) on an empty body first, so a refused caller sends nothing.
    const early = checkBeforeReading(context.viewer, text);
    if (early) return refuseUnread(request, response, 400, early.message, early.code, { field: early.field, max: early.max });
    bytes = await readBodyBytes(request, mediaLimits.uploadBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return refuseUnread(
        request,
        response,
        413,
        message('FILE_TOO_LARGE', 'en', { megabytes: mediaLimits.uploadBytes / 1024 / 1024 }),
        'PAYLOAD_TOO_LARGE',
      );
    }
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code);
      return refuseUnread(request, response, code === 'FORBIDDEN' ? 403 : 401, error.message, code);
    }
    throw error;
  }
  if (bytes.length === 0) return sendProblem(response, 400, 'The request body is empty: send the picture.', 'EMPTY_BODY');

  try {
    const result = await uploadPicture(deps.database.db, context.viewer, bytes, text);
    if ('__typename' in result)
      return sendProblem(response, 400, result.message, result.code, {}, { field: result.field, max: result.max });
    const body = JSON.stringify({ media: { ...mediaJson(result.media), existing: result.existing } });
    response.writeHead(result.existing ? 200 : 201, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch (error) {
    if (error instanceof PictureRefused) {
      return sendProblem(
        response,
        error.code === 'TOO_MANY_PIXELS' || error.code === 'UNREADABLE_PICTURE' ? 422 : 415,
        error.message,
        error.code,
      );
    }
    throw error;
  }
}

function checkBeforeReading(viewer: Viewer, text: { alt: string | null; caption: string | null; credit: string | null }) {
  requireRole(viewer, 'editor');
  return validatePictureText(text, true);
}

/**
 * No Origin (not a browser's cross-site request), or the site itself — as the request
 * addressed it (Host) or as PUBLIC_URL names it — or an origin CORS_ORIGINS lists.
 */
function sameSiteOrAllowed(origin: string | undefined, host: string | undefined, deps: GraphQLHttpDeps): boolean {
  if (origin === undefined) return true;
  if (origin === new URL(deps.config.publicUrl).origin || deps.config.corsOrigins.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed page, a file) or garbage
  }
}

/**
 * Answers without reading the body; the connection closes after the answer, so a client
 * still sending 25 MB (or forever) is cut off instead of drained.
 */
function refuseUnread(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
) {
  response.setHeader('connection', 'close');
  response.on('finish', () => {
    // Read no more, and cut the connection a moment after the answer, not at once: a reset
    // that reaches the client before it has read the answer can throw the answer away.
    request.pause();
    setTimeout(() => request.destroy(), 1_000).unref();
  });
  sendProblem(response, status, message, code, {}, extra);
}

/** The codebase's error shape (sendJson.ts): `{ errors: [{ message, extensions: { code } }] }`. */
function sendProblem(
  response: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
) {
  const extensions = { code, ...Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined && value !== null)) };
  const body = JSON.stringify({ errors: [{ message, extensions }] });
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(body);
}
