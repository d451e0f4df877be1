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
    const templateName = templateDatabaseName(databaseUrl);
    const admin = new pg.Client({ connectionString: adminUrl(databaseUrl) });
    await admin.connect();
    await admin.query(`drop database if exists ${templateName} with (force)`);
    await admin.query(`create database ${templateName}`);
    await admin.end();
    const template = await openDatabase({ databaseUrl: withDatabase(databaseUrl, templateName) });
    await template.close();
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
