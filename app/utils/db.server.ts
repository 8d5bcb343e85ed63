// The app's one database handle, opened on first use from DATABASE_URL.
import { data } from "@remix-run/node";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { writeCounter } from "./data-version.server";
import { env } from "./env.server";

export type DB = Kysely<Database>;

let instance: DB | undefined;

/**
 * A write that stays locked past the busy policy (db/sqlite-driver.ts, stated there once for every write) wrote
 * nothing: the user is told to try again in a moment, never shown a 500.
 */
export const busyResponse = () => data({ reason: "busy" }, { status: 503, headers: { "Retry-After": "2" } });

export function db(): DB {
  instance ??= createDb(env().DATABASE_URL, { busyError: busyResponse, poolSize: env().PG_POOL_SIZE }).withPlugin(writeCounter);
  return instance;
}

/** Closes the handle (the server's graceful shutdown); a later db() would open a new one. */
export async function closeDb(): Promise<void> {
  const open = instance;
  instance = undefined;
  await open?.destroy();
}
