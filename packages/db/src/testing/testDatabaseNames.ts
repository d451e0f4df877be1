/**
 * The migrated template the test files copy, named after the database DATABASE_URL names, so
 * that runs against one server with different URLs (a CI run and a developer's, two
 * worktrees) never drop each other's template.
 */
export function templateDatabaseName(databaseUrl: string): string {
  const name = new URL(databaseUrl).pathname
    .slice(1)
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase();
  return `newsroom_test_template_${name}`.slice(0, 63);
}

/** The same server's maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
