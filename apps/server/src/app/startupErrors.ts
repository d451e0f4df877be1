// The start-up failures an operator can fix in a minute, each said in one line with the fix,
// instead of a stack trace (issue 21). Anything else keeps its stack: it is a bug to report.

/** `createdb` arguments are shell words; quoted when they hold anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `createdb` command that makes the database DATABASE_URL names, with its host, port and
 * user (never its password: `createdb` asks for one, or reads PGPASSWORD or ~/.pgpass).
 */
export function createdbCommand(databaseUrl: string): { database: string; server: string; command: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  // A unix socket directory may come as ?host=/var/run/postgresql.
  const host = url.searchParams.get('host') ?? (url.hostname ? decodeURIComponent(url.hostname) : '');
  const words = ['createdb'];
  if (host) words.push('-h', host);
  if (url.port) words.push('-p', url.port);
  if (url.username) words.push('-U', decodeURIComponent(url.username));
  words.push(database);
  const server = `${host || 'localhost'}${url.port ? `:${url.port}` : ''}`;
  return { database, server, command: words.map(shellWord).join(' ') };
}

/** The error's code, or its cause's: drizzle wraps the driver's error (the first query may be drizzle's). */
function errorCode(error: unknown): unknown {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth += 1) {
    if ('code' in current && current.code !== undefined) return current.code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The one line for a database that could not be opened, or undefined to report it whole. */
export function databaseStartupProblem(error: unknown, databaseUrl: string | undefined): string | undefined {
  // 3D000 invalid_catalog_name: the server is there, the database is not.
  if (databaseUrl && errorCode(error) === '3D000') {
    const { database, server, command } = createdbCommand(databaseUrl);
    return `[server] The PostgreSQL database "${database}" does not exist on ${server}. Create it with: ${command}`;
  }
  return undefined;
}

/** The one line for a port the server could not listen on, or undefined to report it whole. */
export function listenStartupProblem(error: unknown, port: number): string | undefined {
  const code = errorCode(error);
  if (code === 'EADDRINUSE') {
    return `[server] Port ${port} is already in use (another Newsroom, or another program). Stop it, or set PORT to a free port: PORT=${port < 65535 ? port + 1 : 4000} pnpm start`;
  }
  if (code === 'EACCES') {
    return `[server] Not allowed to listen on port ${port} (ports below 1024 need privileges). Set PORT to another port: PORT=4000 pnpm start`;
  }
  return undefined;
}
