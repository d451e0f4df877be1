// /healthz and /readyz for load balancers and orchestrators (README, "Running in
// production"). Liveness says only that the process answers, so an outage of the database
// never gets healthy processes restarted; readiness says whether this process can serve
// right now, and names what is wrong when it cannot.
import type { ServerResponse } from 'node:http';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import { migrationStatus } from '@newsroom/db/migrationStatus';
import { pingDatabase, rootMessage, withDeadline } from '../platform/databasePing';

const checkTimeoutMs = 2_000;

export interface Readiness {
  ready: boolean;
  /** What keeps the process from serving, one phrase each; empty when ready. */
  problems: string[];
}

export async function checkReadiness(database: Pick<DatabaseHandle, 'db' | 'listening'>): Promise<Readiness> {
  const problems: string[] = [];
  try {
    await pingDatabase(database, checkTimeoutMs);
    const migrations = await withDeadline(
      migrationStatus(database.db),
      checkTimeoutMs,
      `no answer about migrations in ${checkTimeoutMs} ms`,
    );
    if (!migrations.applied) problems.push(`migrations not applied: the database lacks ${migrations.missing}`);
  } catch (error) {
    problems.push(`database unreachable: ${rootMessage(error)}`);
  }
  // On PostgreSQL the LISTEN connection reconnects by itself (ADR 016); until it does, this
  // process's caches and subscriptions do not hear other processes' writes.
  if (!database.listening) problems.push('notifications disconnected: the LISTEN connection is down and reconnecting');
  return { ready: problems.length === 0, problems };
}

/** Answers /healthz and /readyz; false for any other path. */
export async function serveHealth(
  pathname: string,
  response: ServerResponse,
  database: Pick<DatabaseHandle, 'db' | 'listening'>,
): Promise<boolean> {
  if (pathname === '/healthz') {
    // The pid tells which worker answered (WEB_CONCURRENCY, ADR 037).
    sendStatus(response, 200, { ok: true, pid: process.pid });
    return true;
  }
  if (pathname === '/readyz') {
    const readiness = await checkReadiness(database);
    sendStatus(response, readiness.ready ? 200 : 503, readiness);
    return true;
  }
  return false;
}

function sendStatus(response: ServerResponse, status: number, body: object) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}
