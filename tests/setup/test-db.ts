// Gives every test file its own copy of the migrated template database via DATABASE_URL.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDbPath");
const copy = path.join(path.dirname(template), `file-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(template, copy);
process.env.DATABASE_URL = `file:${copy}`;
