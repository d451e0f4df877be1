// Runs once before the integration tests: builds a migrated template database that every
// test file then copies (a fresh PGlite costs seconds here; a copy of a dump costs ~1 s,
// and CREATE DATABASE … TEMPLATE on PostgreSQL costs milliseconds).
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../openDatabase';
import { adminUrl, templateDatabaseName, withDatabase } from './testDatabaseNames';

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: adminUrl(databaseUrl) });
    await admin.connect();
    const template = templateDatabaseName(databaseUrl);
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const migrated = await openDatabase({ databaseUrl: withDatabase(databaseUrl, template) });
    await migrated.close();
    project.provide('pgliteTemplatePath', '');
    return;
  }
  const template = await openDatabase({ dataDir: 'memory://' });
  const dump = await template.dumpDataDir!();
  await template.close();
  const file = path.join(os.tmpdir(), `newsroom-template-${process.pid}.tar.gz`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
}
