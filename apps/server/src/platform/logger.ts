// The server's one logger (pino): one JSON object a line, or readable lines in a terminal
// while developing (LOG_FORMAT, ADR 029). Every line written while a request is answered
// carries its id (`reqId`, from platform/requestScope.ts) without any caller passing it.
//
// Silent until main.ts configures it: the tests' servers log nothing unless a test asks
// (it configures the logger with a stream of its own to read the lines).
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { currentRequest } from './requestScope';

export type { Logger };

const options = (level: LogLevel): pino.LoggerOptions => ({
  level,
  // No hostname: the process id is enough on one machine, and a container names its host.
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin() {
    const request = currentRequest();
    return request ? { reqId: request.id } : {};
  },
});

/** Replaced by configureLogging; an ES module binding, so importers see the new one. */
export let logger: Logger = pino({ ...options('silent') });

/**
 * Sets the level and the output: `destination` (a test's stream), else stdout as JSON, or
 * through pino-pretty when `format` is 'pretty' (loaded only then: production never does).
 */
export async function configureLogging(settings: { logLevel: LogLevel; logFormat: 'pretty' | 'json' }, destination?: DestinationStream) {
  if (destination) {
    logger = pino(options(settings.logLevel), destination);
  } else if (settings.logFormat === 'pretty') {
    const { default: pretty } = await import('pino-pretty');
    logger = pino(options(settings.logLevel), pretty({ colorize: true, ignore: 'pid', translateTime: 'HH:MM:ss.l' }));
  } else {
    logger = pino(options(settings.logLevel));
  }
  return logger;
}

/** What a part of the server that logs a few plain sentences needs (outage monitor, scheduler, database layer). */
export interface ComponentLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * Lines of one part of the server, marked `component`, through whichever logger is
 * configured when each is written (tests configure theirs after the parts are made).
 */
export function componentLog(component: string): ComponentLog {
  return {
    info: (message) => logger.info({ component }, message),
    warn: (message) => logger.warn({ component }, message),
    error: (message, error) =>
      error === undefined ? logger.error({ component }, message) : logger.error({ component, err: error }, message),
  };
}
