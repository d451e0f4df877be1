// What one process must hear of another's writes once the database is back: both arrive
// only through LISTEN/NOTIFY, so they fail while a process's LISTEN connection is dead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rateMutation } from '../testing/ratingDocuments';
import type { TestSubscription } from '../testing/subscribe';
import type { AnswerLog } from './answerLog';

type Server = { name: string; url: string };
type RatingEvent = { data?: { ratingChanged?: { count: number } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Votes on `voteOn` as a new reader each time until `subscription` (on another process)
 * delivers the article's new count: a vote may land before the subscriber has reconnected,
 * and then its event is rightly lost, so the next vote tries again. Returns the ms from the
 * first vote to the event, or undefined when none came within `deadlineMs`.
 */
export async function voteReachesSubscriber(
  log: AnswerLog,
  voteOn: Server,
  subscription: TestSubscription<RatingEvent>,
  articleId: string,
  deadlineMs = 5_000,
): Promise<number | undefined> {
  const started = performance.now();
  const deadline = started + deadlineMs;
  while (performance.now() < deadline) {
    const answer = await log.caller(voteOn, 'check').call(rateMutation, { input: { articleId, score: 3 } });
    const count: number | undefined = answer.data?.rateArticle?.article?.rating?.count;
    if (answer.kind !== 'ok' || count === undefined) {
      await sleep(200);
      continue;
    }
    // Counts only grow (a new reader each time), so an older event can never pass for this one.
    const waitUntil = Math.min(deadline, performance.now() + 1_000);
    for (;;) {
      const left = waitUntil - performance.now();
      if (left <= 0) break;
      const event = await subscription.next(left).catch(() => undefined);
      if (!event) break; // none in time (or the subscription failed): vote again
      if ((event.data?.ratingChanged?.count ?? 0) >= count) return performance.now() - started;
    }
    await sleep(100);
  }
  return undefined;
}

const titleQuery = 'query($slug: String!) { article(slug: $slug) { title } }';
const updateTitle = 'mutation($id: ID!, $title: String!) { updateArticle(input: { id: $id, title: $title }) { __typename } }';

const webRoot = fileURLToPath(new URL('../../../web/', import.meta.url));
/** The server renders pages only from a web build (`pnpm build`); `pnpm test` runs Vitest before building. */
export const webBuildExists = existsSync(`${webRoot}dist/index.html`) && existsSync(`${webRoot}dist-ssr/renderPage.js`);

export interface TitleCheck {
  /** Whether `readOn` answered from its response cache just before the change (so the change had to empty it). */
  wasCached: boolean;
  /** ms from the change to the first GraphQL answer on `readOn` with the new title; undefined if none in time. */
  graphqlMs?: number;
  /** The same for the server-rendered /article/<slug> page, when a web build exists. */
  pageMs?: number;
}

/**
 * Warms `readOn`'s caches with the article, changes its title through `editOn`'s API, and
 * times how long `readOn` keeps showing the old one. Reads are plain public requests (no
 * `Cache-Control: no-cache`), as a browser sends them.
 */
export async function titleChangeReaches(
  log: AnswerLog,
  editOn: Server,
  readOn: Server,
  article: { id: string; slug: string },
  editorToken: string,
  newTitle: string,
  deadlineMs = 5_000,
): Promise<TitleCheck> {
  const reader = log.caller(readOn, 'check');
  // The first read fills the cache; an event arriving just then (a NOTIFY still on its way,
  // a reconnect) may empty it again, so read until one answer comes from the cache.
  let wasCached = false;
  for (let attempt = 0; attempt < 5 && !wasCached; attempt += 1) {
    wasCached = (await reader.call(titleQuery, { slug: article.slug })).cacheHit;
    if (!wasCached) await sleep(50);
  }
  if (webBuildExists)
    await fetch(`${readOn.url}/article/${article.slug}`).then(
      (response) => response.text(),
      () => '',
    );

  const editor = log.caller(editOn, 'check', { token: editorToken });
  const deadline = performance.now() + deadlineMs;
  let changedAt: number | undefined;
  while (changedAt === undefined && performance.now() < deadline) {
    const answer = await editor.call(updateTitle, { id: article.id, title: newTitle });
    if (answer.kind === 'ok' && answer.data?.updateArticle?.__typename === 'UpdateArticleSuccess') changedAt = performance.now();
    else await sleep(200);
  }
  const result: TitleCheck = { wasCached };
  if (changedAt === undefined) return result;

  while (performance.now() < deadline && (result.graphqlMs === undefined || (webBuildExists && result.pageMs === undefined))) {
    if (result.graphqlMs === undefined) {
      const answer = await reader.call(titleQuery, { slug: article.slug });
      if (answer.data?.article?.title === newTitle) result.graphqlMs = Math.round(performance.now() - changedAt);
    }
    if (webBuildExists && result.pageMs === undefined) {
      const html = await fetch(`${readOn.url}/article/${article.slug}`)
        .then((response) => response.text())
        .catch(() => '');
      if (html.includes(newTitle)) result.pageMs = Math.round(performance.now() - changedAt);
    }
    await sleep(100);
  }
  return result;
}
