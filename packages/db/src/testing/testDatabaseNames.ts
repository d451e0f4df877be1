/**
 * The migrated template the test databases are copied from, named after the database in
 * DATABASE_URL: two runs against one server with different URLs (two checkouts, say) then
 * never drop each other's template mid-run.
 */
export function templateDatabaseName(databaseUrl: string): string {
  const named = new URL(databaseUrl).pathname.slice(1).replace(/[^a-z0-9_]/gi, '_');
  return `newsroom_test_template_${named || 'default'}`;
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
