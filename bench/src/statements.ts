// SQL statements per request, counted in-process on the same database the load tests use
// (the driver's statement counter around one request of each kind).
import { openDatabase } from '@newsroom/db/openDatabase';
import { createApp } from '@newsroom/server/app/createApp';
import { loadConfig } from '@newsroom/server/config';
import type { Scenario } from './scenarios';

/** `scenarios` should ask for the same thing twice (one article), or the second request is a cold one. */
export async function countStatements(env: Record<string, string>, scenarios: Scenario[], port: number): Promise<Record<string, number>> {
  const config = { ...loadConfig({ ...process.env, ...env }), seedSampleContent: false };
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, skipMigrations: true });
  const app = await createApp(config, database);
  const url = await app.listen(port, '127.0.0.1');
  const counts: Record<string, number> = {};
  try {
    for (const scenario of scenarios) {
      const send = () => {
        const { method, path, body, headers } = scenario.request();
        return fetch(`${url}${path}`, { method, headers, body }).then((r) => r.text());
      };
      await send(); // warm: the reader exists, caches are primed as under load
      const before = database.statementCount;
      await send();
      counts[scenario.name] = database.statementCount - before;
    }
  } finally {
    await app.close();
    await database.close();
  }
  return counts;
}
