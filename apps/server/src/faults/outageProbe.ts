// Times a recovery. Each process is polled with a vote every 50 ms (one at a time, as a
// client retrying would): a write, which no cache can answer, so its success means the
// process reaches PostgreSQL again. Each process votes on an article of its own, so the two
// probes never wait for each other's row lock.
import type { Answer, AnswerLog } from './answerLog';

const vote = 'mutation($id: ID!, $score: Int!) { rateArticle(input: { articleId: $id, score: $score }) { __typename } }';

export interface OutageProbe {
  /**
   * Resolves once every process has answered with success after its last failure and after
   * `returnedAt` (the moment pg_ctl said PostgreSQL was back), or `timeoutMs` after it.
   */
  untilRecovered(returnedAt: number, timeoutMs?: number): Promise<void>;
  /** Stops polling and waits for the answers still in flight. */
  stop(): Promise<Answer[]>;
}

export function startOutageProbe(
  log: AnswerLog,
  targets: { server: { name: string; url: string }; articleId: string }[],
  intervalMs = 50,
): OutageProbe {
  const answers: Answer[] = [];
  let stopped = false;
  const polls = targets.map(async ({ server, articleId }) => {
    const caller = log.caller(server, 'probe');
    for (let score = 1; !stopped; score = (score % 5) + 1) {
      answers.push(await caller.call(vote, { id: articleId, score }));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  });

  return {
    async untilRecovered(returnedAt, timeoutMs = 5_000) {
      const deadline = returnedAt + timeoutMs;
      // Recovered: the latest answer came after PostgreSQL's return, and was a success.
      const recovered = () =>
        targets.every(({ server }) => {
          const latest = answers.findLast((answer) => answer.server === server.name);
          return latest !== undefined && latest.arrivedAt >= returnedAt && latest.kind === 'ok';
        });
      while (!recovered() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    },
    async stop() {
      stopped = true;
      await Promise.all(polls);
      return answers;
    },
  };
}

/**
 * When one process's probe got its first success after its last failure: the moment it
 * recovered. A success before any failure counts too (a restart too quick to be seen).
 */
export function recoveredAt(answers: Answer[], server: string): number | undefined {
  const mine = answers.filter((answer) => answer.server === server).sort((a, b) => a.arrivedAt - b.arrivedAt);
  const lastFailure = mine.findLastIndex((answer) => answer.kind !== 'ok');
  return mine[lastFailure + 1]?.arrivedAt;
}

/** The probe's answers on one process around `origin`, for a failure message: when each was sent and answered. */
export function recoveryTimeline(answers: Answer[], server: string, origin: number, fromMs = -1_000, limit = 40): string {
  const lines = answers
    .filter((answer) => answer.server === server && answer.sentAt >= origin + fromMs)
    .sort((a, b) => a.sentAt - b.sentAt)
    .slice(0, limit)
    .map(
      (answer) =>
        `sent ${Math.round(answer.sentAt - origin)} ms, answered ${Math.round(answer.arrivedAt - origin)} ms: ${answer.kind === 'ok' ? 'ok' : answer.detail}`,
    );
  return lines.join('\n');
}
