// Spans made by hand with the OpenTelemetry API around the request, the GraphQL operation
// and each SQL statement (ADR 030: the auto-instrumentations cannot hook the bundled server).
// `tracer` stays undefined unless OTEL_EXPORTER_OTLP_ENDPOINT is set (app/telemetry.ts sets
// it): the hot path then checks one variable and makes no span, not even a no-op one.
import { SpanStatusCode, type Span, type SpanOptions, type Tracer } from '@opentelemetry/api';

export let tracer: Tracer | undefined;

export function useTracer(next: Tracer | undefined): void {
  tracer = next;
}

/** Runs `work` in a new active span (child of the active one), ended when it settles. */
export function inSpan<T>(active: Tracer, name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  return active.startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
