// Durability under kill -9 on the embedded database: readers vote and comment while the
// real server is killed with SIGKILL mid-stream, five times in a row on one data
// directory; every vote and comment it acknowledged must be there after reopening. Each
// restart also takes over the lock the killed process left behind (dataDirLock.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, expect, it, vi } from 'vitest';
import { openDatabase } from '@newsroom/db/openDatabase';
import { articles, comments, ratings } from '@newsroom/db/schema';
import { addCommentMutation } from './testing/commentDocuments';
import { rateMutation } from './testing/ratingDocuments';
import { spawnServer, type SpawnedServer } from './testing/spawnServer';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Every writer is a new reader from one address: the per-address caps are out of the way.
const env = { DATA_DIR: dataDir, DATABASE_URL: '', RATINGS_PER_ADDRESS_PER_DAY: '1000000', COMMENTS_PER_ADDRESS_PER_HOUR: '1000000' };
const rounds = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const writersPerRound = 6;

interface Acknowledged {
  votes: { slug: string; readerId: string; score: number }[];
  comments: { slug: string; readerId: string; body: string }[];
  /** Anything but a success or a dead server: the test is broken, not the database. */
  surprises: string[];
}

async function send(url: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { __typename: string }>; errors?: unknown };
  const setCookie = response.headers.getSetCookie().find((header) => header.startsWith('nr_reader='));
  return { body, cookie: setCookie?.split(';')[0] };
}

/** One writer: a new reader each turn votes on an article, then comments on it, until the server dies. */
async function write(
  server: SpawnedServer,
  targets: { id: string; slug: string }[],
  round: number,
  writer: number,
  acked: Acknowledged,
  killed: () => boolean,
) {
  for (let turn = 0; ; turn += 1) {
    const article = targets[(writer * 5 + turn) % targets.length]!;
    const score = 1 + ((round + writer + turn) % 5);
    try {
      const vote = await send(server.url, rateMutation, { input: { articleId: article.id, score } });
      if (vote.body.data?.rateArticle?.__typename !== 'RateArticleSuccess' || !vote.cookie) throw new Error(JSON.stringify(vote.body));
      const readerId = vote.cookie.slice('nr_reader='.length).split('.')[0]!;
      acked.votes.push({ slug: article.slug, readerId, score });

      const body = `Round ${round}, writer ${writer}, turn ${turn}: written before kill -9.`;
      const comment = await send(
        server.url,
        addCommentMutation,
        { input: { articleId: article.id, authorName: `Writer ${writer}`, body } },
        vote.cookie,
      );
      if (comment.body.data?.addComment?.__typename !== 'AddCommentSuccess') throw new Error(JSON.stringify(comment.body));
      acked.comments.push({ slug: article.slug, readerId, body });
    } catch (error) {
      if (!killed()) acked.surprises.push(String(error));
      return;
    }
  }
}

it('keeps every acknowledged vote and comment through five SIGKILLs in a row', async () => {
  const acked: Acknowledged = { votes: [], comments: [], surprises: [] };
  let server = await spawnServer(env);
  const listed = await send(server.url, '{ articles(first: 100) { edges { node { id slug } } } }', {});
  const targets = (listed.body.data!.articles as unknown as { edges: { node: { id: string; slug: string } }[] }).edges.map(
    (edge) => edge.node,
  );
  expect(targets.length).toBeGreaterThan(10);

  let killedPid = 0;
  for (let round = 1; round <= rounds; round += 1) {
    if (round > 1) {
      server = await spawnServer(env);
      expect(server.output()).toContain(`took over the lock of pid ${killedPid} (server, since`);
    }
    const votesBefore = acked.votes.length;
    let killed = false;
    const writers = Array.from({ length: writersPerRound }, (_, writer) => write(server, targets, round, writer, acked, () => killed));
    // Mid-stream: after a couple of seconds and some acknowledged writes (a busy machine
    // answers slowly), at a moment no request count decides.
    const roundStarted = Date.now();
    while ((Date.now() - roundStarted < 2_000 || acked.votes.length - votesBefore < 12) && !acked.surprises.length) await sleep(50);
    await sleep(Math.random() * 500);
    killed = true;
    killedPid = server.child.pid!;
    expect(await server.stop('SIGKILL')).toBeNull();
    await Promise.all(writers);
    expect(acked.surprises).toEqual([]);
    expect(acked.votes.length - votesBefore).toBeGreaterThan(5);
  }

  // Reopen the directory here, as the next server would (it takes over the last lock).
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const database = await openDatabase({ dataDir });
  expect(warn).toHaveBeenCalledWith(expect.stringContaining(`took over the lock of pid ${killedPid}`));
  warn.mockRestore();
  try {
    const storedVotes = await database.db
      .select({ slug: articles.slug, readerId: ratings.readerId, score: ratings.score })
      .from(ratings)
      .innerJoin(articles, eq(ratings.articleId, articles.id));
    const storedComments = await database.db
      .select({ slug: articles.slug, readerId: comments.readerId, body: comments.body })
      .from(comments)
      .innerJoin(articles, eq(comments.articleId, articles.id));
    const votes = new Set(storedVotes.map((vote) => JSON.stringify([vote.slug, vote.readerId, vote.score])));
    const commentSet = new Set(storedComments.map((comment) => JSON.stringify([comment.slug, comment.readerId, comment.body])));
    expect(acked.votes.filter((vote) => !votes.has(JSON.stringify([vote.slug, vote.readerId, vote.score])))).toEqual([]);
    expect(acked.comments.filter((comment) => !commentSet.has(JSON.stringify([comment.slug, comment.readerId, comment.body])))).toEqual([]);
    console.log(`[kill -9] ${rounds} kills: ${acked.votes.length} acknowledged votes and ${acked.comments.length} comments, all stored`);
  } finally {
    await database.close();
  }
}, 300_000);
