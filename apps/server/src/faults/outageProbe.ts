// Times a recovery. Every 50 ms, whatever the answers before it are doing, each process is
// sent a vote: a write, which no cache can answer, so its success means the process reaches
// PostgreSQL again. Requests are not queued behind each other, so one that hangs does not
// hide the moment the next one would succeed.
import type { Answer, AnswerLog } from './answerLog';

const vote = 'mutation($id: ID!, $score: Int!) { rateArticle(input: { articleId: $id, score: $score }) { __typename } }';

export interface OutageProbe {
  /**
   * Resolves once every process answered with success a request sent at or after
   * `returnedAt` (the moment pg_ctl said PostgreSQL was back), or after `timeoutMs`.
   */
  untilRecovered(returnedAt: number, timeoutMs?: number): Promise<void>;
  /** Stops sending and waits for the answers still in flight. */
  stop(): Promise<Answer[]>;
}

export function startOutageProbe(log: AnswerLog, servers: { name: string; url: string }[], articleId: string, intervalMs = 50): OutageProbe {
  const callers = servers.map((server) => log.caller(server, 'probe'));
  const inFlight = new Set<Promise<Answer>>();
  const answers: Answer[] = [];
  let score = 0;
  const timer = setInterval(() => {
    score = (score % 5) + 1;
    for (const caller of callers) {
      const call = caller.call(vote, { id: articleId, score }).then((answer) => {
        answers.push(answer);
        inFlight.delete(call);
        return answer;
      });
      inFlight.add(call);
    }
  }, intervalMs);

  return {
    async untilRecovered(returnedAt, timeoutMs = 5_000) {
      const deadline = returnedAt + timeoutMs;
      const recovered = () => servers.every((server) => firstSuccessAfter(answers, server.name, returnedAt) !== undefined);
      while (!recovered() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    },
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return answers;
    },
  };
}

/** The first successful answer, on one process, to a request sent at or after `since`. */
export function firstSuccessAfter(answers: Answer[], server: string, since: number): Answer | undefined {
  return answers
    .filter((answer) => answer.server === server && answer.kind === 'ok' && answer.sentAt >= since)
    .sort((a, b) => a.arrivedAt - b.arrivedAt)[0];
}
