// Times every SQL statement into the metrics, and gives each a span when tracing is on
// (ADR 029, 030). Handed to the database handle's `observeStatements`.
import { SpanKind } from '@opentelemetry/api';
import type { StatementObserver } from '@newsroom/db/statementObserver';
import type { Metrics } from './metrics';
import { inSpan, tracer } from './tracing';

// Statement text in a span is capped: a bulk insert's text can be long, the shape is enough.
const maxStatementText = 2_000;

export function statementTiming(metrics: Metrics): StatementObserver {
  const succeeded = metrics.sqlDuration.labels('ok');
  const failed = metrics.sqlDuration.labels('error');
  const timed = async <T>(run: () => Promise<T>): Promise<T> => {
    const startedAt = performance.now();
    try {
      const result = await run();
      succeeded.observe((performance.now() - startedAt) / 1000);
      return result;
    } catch (error) {
      failed.observe((performance.now() - startedAt) / 1000);
      throw error;
    }
  };
  return (sql, run) => {
    const active = tracer;
    if (!active) return timed(run);
    // The statement's text has placeholders ($1), never the values: drizzle sends those apart.
    const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? 'sql';
    return inSpan(
      active,
      verb,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system.name': 'postgresql', 'db.operation.name': verb, 'db.query.text': sql.slice(0, maxStatementText) },
      },
      () => timed(run),
    );
  };
}
