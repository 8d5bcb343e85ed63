// Migrates one template database for the whole run; each test file copies it (tests/setup/test-db.ts). SQLite by
// default; TEST_DATABASE_URL=postgres://… runs the same suite on that PostgreSQL server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb, isPostgresUrl } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import { databaseUrl, dropDatabases, onServer } from "../../db/pg-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated SQLite file, or a PostgreSQL database's URL. */
    templateDb: string;
  }
}

async function migrate(url: string) {
  const db = createDb(url);
  await migrateToLatest(db);
  await db.destroy();
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL;
  if (server && isPostgresUrl(server)) {
    const prefix = `levande_test_${process.pid}_`;
    await dropDatabases(server, prefix);
    await onServer(server, (client) => client.query(`create database "${prefix}template"`));
    const template = databaseUrl(server, `${prefix}template`);
    await migrate(template);
    project.provide("templateDb", template);
    return () => dropDatabases(server, prefix);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-test-"));
  const file = path.join(dir, "template.db");
  await migrate(`file:${file}`);
  project.provide("templateDb", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
