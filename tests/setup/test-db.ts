// Gives every test file its own copy of the migrated template database, emptied before each test.
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { beforeEach, inject } from "vitest";
import { isPostgresUrl } from "../../db/create-db";
import { db } from "~/utils/db.server";
import { databaseUrl, onServer } from "../../db/pg-admin";
import { tableNames } from "./tables";

const template = inject("templateDb");
const copyName = `file-${process.pid}-${Math.random().toString(36).slice(2)}`;

if (isPostgresUrl(template)) {
  const templateName = new URL(template).pathname.slice(1);
  const name = templateName.replace(/template$/, copyName.replace(/-/g, "_"));
  await onServer(process.env.TEST_DATABASE_URL as string, (client) => client.query(`create database "${name}" template "${templateName}"`));
  process.env.DATABASE_URL = databaseUrl(template, name);
} else {
  const copy = path.join(path.dirname(template), `${copyName}.db`);
  fs.copyFileSync(template, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}

async function emptyPostgres() {
  await sql`truncate table ${sql.join((await tableNames(db())).map((name) => sql.table(name)))} cascade`.execute(db());
}

async function emptySqlite() {
  await sql`pragma foreign_keys = off`.execute(db());
  for (const name of await tableNames(db())) await sql`delete from ${sql.table(name)}`.execute(db());
  await sql`pragma foreign_keys = on`.execute(db());
}

beforeEach(() => (isPostgresUrl(template) ? emptyPostgres() : emptySqlite()));
