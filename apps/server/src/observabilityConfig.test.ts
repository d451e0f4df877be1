// The observability settings (ADR 029, 030): parsed at start-up, a bad value stops the
// server with a message that says what is expected.
import { expect, it } from 'vitest';
import { loadConfig } from './config';

it('reads LOG_LEVEL, LOG_FORMAT, METRICS_TOKEN and OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  const config = loadConfig({
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'pretty',
    METRICS_TOKEN: 'a-long-enough-token-123',
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
  });
  expect(config).toMatchObject({
    logLevel: 'debug',
    logFormat: 'pretty',
    metricsToken: 'a-long-enough-token-123',
    otlpEndpoint: 'http://collector:4318',
  });
  // Defaults: info, JSON in production, no /metrics, no traces.
  expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
    logLevel: 'info',
    logFormat: 'json',
    metricsToken: undefined,
    otlpEndpoint: undefined,
  });
});

it('refuses bad values with a clear message', () => {
  expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(
    'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose".',
  );
  expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT must be pretty or json, not "xml".');
  expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 printable characters');
  expect(() => loadConfig({ METRICS_TOKEN: 'sixteen chars with spaces' })).toThrow(
    'METRICS_TOKEN must be at least 16 printable characters',
  );
  expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
    'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL such as http://localhost:4318, not "collector:4318".',
  );
  expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow('OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL');
});
