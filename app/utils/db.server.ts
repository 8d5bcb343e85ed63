// The app's one database handle, opened on first use from DATABASE_URL.
import { data } from "@remix-run/node";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { writeCounter } from "./cache.server";
import { env } from "./env.server";

export type DB = Kysely<Database>;

let instance: DB | undefined;

export function db(): DB {
  instance ??= createDb(env().DATABASE_URL).withPlugin(writeCounter);
  return instance;
}

/** Closes the handle (the server's graceful shutdown); a later db() would open a new one. */
export async function closeDb(): Promise<void> {
  const open = instance;
  instance = undefined;
  await open?.destroy();
}

const BUSY_RETRIES = 5;

/**
 * Runs a write transaction again when SQLite answered SQLITE_BUSY at BEGIN (nothing was written then).
 * Two connections in one process cannot wait for each other, since better-sqlite3 blocks the event loop;
 * a retry then sees the winner's commit.
 */
export async function withBusyRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: unknown })?.code !== "SQLITE_BUSY") throw error;
      // Still locked after every retry: nothing was written, so the user is told to try again instead of seeing a 500.
      if (attempt > BUSY_RETRIES) throw data({ reason: "busy" }, { status: 503, headers: { "Retry-After": "2" } });
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
