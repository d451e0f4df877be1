// What a reader and an API client get while the database is unreachable (ADR 016): 503
// with Retry-After and a few words, never a stack trace or the app shell spinning on
// requests that will fail. The page is plain HTML with no script and no inline style (the
// Content-Security-Policy forbids both), in Russian when the browser prefers it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { retryAfterSeconds, serviceUnavailableMessage } from '../platform/databaseOutage';

const pages = {
  en: {
    title: 'Newsroom is briefly unavailable',
    text: 'We cannot reach our database right now. Please try again in a minute.',
  },
  ru: {
    title: 'Newsroom временно недоступен',
    text: 'Сейчас не удаётся связаться с базой данных. Попробуйте обновить страницу через минуту.',
  },
} as const;

export type PageLanguage = keyof typeof pages;

/**
 * The language of the site (English or Russian) the reader's Accept-Language ranks first;
 * English when it names neither.
 */
export function preferredLanguage(acceptLanguage: string | undefined): PageLanguage {
  let best: { language: PageLanguage; quality: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const language = range.split('-')[0];
    if (language !== 'en' && language !== 'ru') continue;
    const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (!(quality > 0)) continue;
    // The first of equal rank wins, as the reader listed them.
    if (!best || quality > best.quality) best = { language, quality };
  }
  return best?.language ?? 'en';
}

export function sendOutagePage(request: IncomingMessage, response: ServerResponse): void {
  const language = preferredLanguage(request.headers['accept-language']);
  const { title, text } = pages[language];
  const html = `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>\n`;
  response.writeHead(503, {
    'content-type': 'text/html; charset=utf-8',
    'content-language': language,
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'retry-after': String(retryAfterSeconds),
    vary: 'Accept-Language',
  });
  response.end(request.method === 'HEAD' ? undefined : html);
}

/** The API's answer when the outage is met before Apollo runs (say, resolving a session cookie). */
export function sendOutageJson(response: ServerResponse): void {
  const body = JSON.stringify({ errors: [{ message: serviceUnavailableMessage, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  response.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'retry-after': String(retryAfterSeconds),
  });
  response.end(body);
}
