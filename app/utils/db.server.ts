// The app's one database handle, opened on first use from DATABASE_URL.
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { env } from "./env.server";

export type DB = Kysely<Database>;

let instance: DB | undefined;

export function db(): DB {
  instance ??= createDb(env().DATABASE_URL);
  return instance;
}
