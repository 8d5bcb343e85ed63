// Gives every test file its own copy of the migrated template database, emptied before each test.
import fs from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { beforeEach, inject } from "vitest";
import { db } from "~/utils/db.server";

const template = inject("templateDbPath");
const copy = path.join(path.dirname(template), `file-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(template, copy);
process.env.DATABASE_URL = `file:${copy}`;

beforeEach(async () => {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(db());
  await sql`pragma foreign_keys = off`.execute(db());
  for (const { name } of tables.rows) await sql`delete from ${sql.table(name)}`.execute(db());
  await sql`pragma foreign_keys = on`.execute(db());
});
