// Every GraphQL answer the fault test receives, timed and sorted into what an outage may
// produce: a success, or 503 SERVICE_UNAVAILABLE with a Retry-After — anything else (a 500,
// INTERNAL_SERVER_ERROR, a refused connection, no answer) is a fault the server let out.

export type AnswerKind = 'ok' | 'unavailable' | 'bad';

export interface Answer {
  /** Which server process answered ('A' or 'B'). */
  server: string;
  /** What sent it: the background load, an outage probe, or a check. */
  source: string;
  sentAt: number;
  arrivedAt: number;
  status: number;
  kind: AnswerKind;
  detail: string;
  data?: any;
  /** The response cache's verdict (`x-cache: hit`), to tell a cached read from a fresh one. */
  cacheHit: boolean;
}

export interface GraphQLCaller {
  /** Sends one operation as this reader (keeping its cookie) and logs the answer. */
  call(query: string, variables?: Record<string, unknown>): Promise<Answer>;
}

export interface AnswerLog {
  readonly answers: Answer[];
  /** A reader of its own (cookie jar) on one server; `token` makes it an editor. */
  caller(server: { name: string; url: string }, source: string, options?: { token?: string }): GraphQLCaller;
  /** The answers sent between two instants (ms, performance.now()). */
  sentBetween(from: number, to: number): Answer[];
}

/** No answer within this is a hang, which an outage must not cause either. */
const answerTimeoutMs = 5_000;

export function createAnswerLog(): AnswerLog {
  const answers: Answer[] = [];
  return {
    answers,
    sentBetween: (from, to) => answers.filter((answer) => answer.sentAt >= from && answer.sentAt <= to),
    caller(server, source, options = {}) {
      let cookie: string | undefined;
      return {
        async call(query, variables = {}) {
          const sentAt = performance.now();
          const { setCookie, ...answer } = await send(`${server.url}/graphql`, { query, variables }, cookie, options.token).catch(
            (error: unknown) => ({
              status: 0,
              kind: 'bad' as const,
              detail: `no answer: ${error instanceof Error ? error.message : String(error)}`,
              cacheHit: false,
              data: undefined,
              setCookie: undefined,
            }),
          );
          if (setCookie) cookie = setCookie;
          const logged: Answer = { server: server.name, source, sentAt, arrivedAt: performance.now(), ...answer };
          answers.push(logged);
          return logged;
        },
      };
    },
  };
}

async function send(endpoint: string, body: object, cookie: string | undefined, token: string | undefined) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(answerTimeoutMs),
  });
  const text = await response.text();
  let json: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported below through the status and the text
  }
  const codes = (json.errors ?? []).map((error) => error.extensions?.code ?? '(no code)');
  const retryAfter = response.headers.get('retry-after');
  const unavailable = response.status === 503 && codes.length > 0 && codes.every((code) => code === 'SERVICE_UNAVAILABLE') && !!retryAfter;
  const kind: AnswerKind = response.status === 200 && codes.length === 0 ? 'ok' : unavailable ? 'unavailable' : 'bad';
  const readerCookie = response.headers.getSetCookie().find((line) => line.startsWith('nr_reader='));
  return {
    status: response.status,
    kind,
    detail:
      kind === 'ok'
        ? ''
        : `${response.status} ${codes.join(',') || '(no errors)'} retry-after=${retryAfter ?? 'none'}: ${json.errors?.[0]?.message ?? text.slice(0, 200)}`,
    data: json.data,
    cacheHit: response.headers.get('x-cache') === 'hit',
    setCookie: readerCookie?.split(';')[0],
  };
}

/** A short account of unexpected answers for a failure message: the first few, and how many. */
export function describeAnswers(answers: Answer[], limit = 8): string[] {
  const lines = answers
    .slice(0, limit)
    .map((answer) => `${answer.server}/${answer.source} at ${Math.round(answer.sentAt)} ms: ${answer.detail}`);
  if (answers.length > limit) lines.push(`… and ${answers.length - limit} more`);
  return lines;
}

/** Median and 95th percentile of the successful answers' round trips, for the test's summary line. */
export function latencySummary(answers: Answer[]): string {
  const times = answers
    .filter((answer) => answer.kind === 'ok')
    .map((answer) => answer.arrivedAt - answer.sentAt)
    .sort((a, b) => a - b);
  const at = (share: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * share))] ?? NaN);
  const bySource = new Map<string, number>();
  for (const answer of answers)
    bySource.set(`${answer.source} ${answer.server}`, (bySource.get(`${answer.source} ${answer.server}`) ?? 0) + 1);
  const counts = [...bySource].map(([source, count]) => `${source}: ${count}`).join(', ');
  return `${times.length} successes, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms; ${counts}`;
}
