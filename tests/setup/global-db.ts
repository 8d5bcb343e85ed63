// Migrates one template SQLite file for the whole run; each test file copies it (tests/setup/test-db.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDb } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDbPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-test-"));
  const file = path.join(dir, "template.db");
  const db = createDb(`file:${file}`);
  await migrateToLatest(db);
  await db.destroy();
  project.provide("templateDbPath", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
