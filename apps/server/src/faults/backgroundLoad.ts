// Steady traffic on every server process while the database comes and goes: readers
// opening article pages and lists, voters voting. It is bounded in requests and in time so
// a hung test cannot turn it into a flood, and it logs every answer for the assertions.
import type { AnswerLog } from './answerLog';

export interface LoadTargets {
  servers: { name: string; url: string }[];
  /** Articles the readers open. */
  readSlugs: string[];
  /** Global ids of the articles the voters vote on; never the one a check watches. */
  voteArticleIds: string[];
}

export interface BackgroundLoad {
  /** Requests sent so far. */
  readonly sent: number;
  /**
   * Holds every worker and resolves once none has a request in flight. A vote empties every
   * cache of the process it lands on, so a check that a process heard another's change
   * (and emptied its caches for it) must run while this process writes nothing itself.
   */
  pause(): Promise<void>;
  resume(): void;
  stop(): Promise<void>;
}

const articlePage = 'query($slug: String!) { article(slug: $slug) { id title rating { average count viewerScore } } }';
const articleList = '{ articles(first: 5) { edges { node { slug title } } } }';
const vote = 'mutation($id: ID!, $score: Int!) { rateArticle(input: { articleId: $id, score: $score }) { __typename } }';

// Two readers and two voters per process, each pausing 50 ms: some 100 requests a second in
// all, load enough to keep every pool connection busy, little enough for a 2-core machine
// to still time recoveries to the tenth of a second.
const readersPerServer = 2;
const votersPerServer = 2;

export function startBackgroundLoad(
  log: AnswerLog,
  targets: LoadTargets,
  { maxRequests = 20_000, maxDurationMs = 180_000, pauseMs = 50 } = {},
): BackgroundLoad {
  const deadline = performance.now() + maxDurationMs;
  let sent = 0;
  let stopped = false;
  let inFlight = 0;
  let paused: { resumed: Promise<void>; resume: () => void } | undefined;
  const idle: (() => void)[] = [];
  const running = () => !stopped && sent < maxRequests && performance.now() < deadline;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

  const worker = async (step: () => Promise<unknown>) => {
    while (running()) {
      if (paused) {
        await paused.resumed;
        continue;
      }
      sent += 1;
      inFlight += 1;
      try {
        await step();
      } finally {
        inFlight -= 1;
        if (inFlight === 0) idle.splice(0).forEach((wake) => wake());
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  const workers = targets.servers.flatMap((server) => [
    ...Array.from({ length: readersPerServer }, (_, index) => {
      const reader = log.caller(server, 'load');
      // Some readers load the public list (the shared response cache), the others an article
      // with their own score (never shared, so it reaches the database or the reader cache).
      return worker(() => (index === 0 ? reader.call(articleList) : reader.call(articlePage, { slug: pick(targets.readSlugs) })));
    }),
    ...Array.from({ length: votersPerServer }, () => {
      const voter = log.caller(server, 'load');
      return worker(() => voter.call(vote, { id: pick(targets.voteArticleIds), score: 1 + Math.floor(Math.random() * 5) }));
    }),
  ]);
  const done = Promise.all(workers);

  return {
    get sent() {
      return sent;
    },
    async pause() {
      if (!paused) {
        let resume = () => {};
        const resumed = new Promise<void>((resolve) => (resume = resolve));
        paused = { resumed, resume };
      }
      if (inFlight > 0) await new Promise<void>((resolve) => idle.push(resolve));
    },
    resume() {
      paused?.resume();
      paused = undefined;
    },
    async stop() {
      stopped = true;
      this.resume();
      await done;
    },
  };
}
