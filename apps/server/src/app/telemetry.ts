// OpenTelemetry traces, exported over OTLP/HTTP (JSON) to `<endpoint>/v1/traces` when
// OTEL_EXPORTER_OTLP_ENDPOINT is set (ADR 030). The SDK is imported only then: a server
// without it loads none of it (the bundle keeps it in a chunk of its own).
import { context, propagation, trace } from '@opentelemetry/api';
import { useTracer } from '../platform/tracing';

export interface Telemetry {
  /** Sends the spans ended so far. */
  flush(): Promise<void>;
  /** Sends what is left and stops tracing. */
  shutdown(): Promise<void>;
}

export async function startTracing(endpoint: string, serviceName = 'newsroom'): Promise<Telemetry> {
  const [
    { TracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { AsyncLocalStorageContextManager },
    { resourceFromAttributes },
    core,
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  // Spans find their parent through the async context of the request (AsyncLocalStorage).
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // A `traceparent` from a proxy or a client makes our spans part of its trace.
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }) })],
  });
  trace.setGlobalTracerProvider(provider);
  useTracer(provider.getTracer('newsroom'));
  return {
    flush: () => provider.forceFlush(),
    async shutdown() {
      useTracer(undefined);
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
