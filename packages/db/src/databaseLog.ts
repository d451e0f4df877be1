// Where the database layer reports what happened to it (a lost connection, a worker gone,
// a stale lock taken over). A process with a logger of its own hands it over once
// (`useDatabaseLog`): the server's lines are then JSON like every other line it writes
// (ADR 029). Scripts, seeds and tests that set none get plain lines on the console.

export interface DatabaseLog {
  warn(message: string): void;
  error(message: string): void;
}

const consoleLog: DatabaseLog = {
  warn: (message) => console.warn(`[db] ${message}`),
  error: (message) => console.error(`[db] ${message}`),
};

let current: DatabaseLog = consoleLog;

/** Sends the database layer's lines to `log` from now on (the console again without one). */
export function useDatabaseLog(log: DatabaseLog | undefined): void {
  current = log ?? consoleLog;
}

/** The database layer's lines: warnings for what recovered, errors for what did not. */
export const databaseLog: DatabaseLog = {
  warn: (message) => current.warn(message),
  error: (message) => current.error(message),
};
