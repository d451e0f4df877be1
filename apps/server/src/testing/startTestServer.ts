// The real server on a random port over a private test database, and a GraphQL client
// that keeps its reader cookie like a browser does.
import { openTestDatabase } from '@newsroom/db/testing/openTestDatabase';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import type { TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { createApp, type App } from '../app/createApp';
import { loadConfig, type Config } from '../config';

export const testCookieSecret = 'test-cookie-secret-0123456789abcdef0123456789';
export const testEditorToken = 'test-editor-token-0123456789abcdef0123456789';

export interface TestServer {
  url: string;
  database: TestDatabaseHandle;
  config: Config;
  db: DatabaseHandle['db'];
  /** The article views waiting to be written: tests flush them (nothing flushes by time in tests). */
  views: App['views'];
  /** A new reader (its own cookie jar), optionally with a Bearer token. */
  client(options?: { token?: string }): GraphQLTestClient;
  close(): Promise<void>;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface GraphQLTestClient {
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  cookie: () => string | undefined;
}

export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const database = await openTestDatabase();
  const config: Config = {
    ...loadConfig({}),
    dataDir: 'memory://',
    databaseUrl: undefined,
    editorToken: testEditorToken,
    cookieSecret: testCookieSecret,
    // No scheduler rounds in the background: tests that count SQL statements would see
    // them. The scheduler's own tests turn it on (or call its round directly).
    schedulerIntervalMs: 0,
    // Views are written when a test flushes them, not in the background, for the same reason.
    viewsFlushIntervalMs: 0,
    // The popular lists ranked on every ask, so a test sees what it just wrote.
    popularListsRefreshSeconds: 0,
    ...overrides,
  };
  const app = await createApp(config, database);
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    database,
    config,
    db: database.db,
    views: app.views,
    client: (options = {}) => createClient(`${url}/graphql`, options.token),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

function createClient(endpoint: string, token?: string): GraphQLTestClient {
  // A cookie jar like a browser's: the reader cookie, and the session once signed in.
  const jar = new Map<string, string>();
  const cookieHeader = () => (jar.size ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : undefined);
  return {
    cookie: cookieHeader,
    async query(query, variables) {
      const cookie = cookieHeader();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(cookie ? { cookie } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      for (const setCookie of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = setCookie.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (attributes.some((attribute) => attribute.trim() === 'Max-Age=0')) jar.delete(name);
        else jar.set(name, value);
      }
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
