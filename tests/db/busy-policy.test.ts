// A write that meets another connection's lock waits without stopping the event loop, lets reads through meanwhile, and
// ends as a 503 with Retry-After (nothing written) only when the lock outlasts the busy policy.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { createDb } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import { BUSY_POLICY } from "../../db/sqlite-driver";
import { addException } from "~/models/availability.server";
import { db } from "~/utils/db.server";
import { insertPerson, insertUser } from "../../db/insert-rows";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-busy-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Another connection (another process, the import worker) holding the write lock until release(). */
function holdWriteLock(file: string) {
  const other = new SQLite(file);
  other.exec("begin immediate");
  return {
    release: () => {
      other.exec("commit");
      other.close();
    },
  };
}

/** The largest gap between timer ticks while `work` runs: how long the event loop stood still. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, stallMs: Math.max(stallMs, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

async function freshDb() {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.db`);
  const kysely = createDb(`file:${file}`);
  await migrateToLatest(kysely);
  await kysely.insertInto("care_areas").values({ name: "Höglandet" }).execute();
  return { file, kysely };
}

describe("the busy policy", () => {
  it("waits for another connection's lock without blocking the event loop, then writes", async () => {
    const { file, kysely } = await freshDb();
    const lock = holdWriteLock(file);
    setTimeout(lock.release, 400);
    const started = performance.now();
    const { stallMs } = await longestStall(() => kysely.insertInto("care_areas").values({ name: "Jönköping" }).execute());
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
    expect(stallMs).toBeLessThan(100);
    expect((await kysely.selectFrom("care_areas").select("name").orderBy("id").execute()).map((a) => a.name)).toEqual(["Höglandet", "Jönköping"]);
    await kysely.destroy();
  });

  it("lets reads on the same handle through while a transaction waits at BEGIN", async () => {
    const { file, kysely } = await freshDb();
    const lock = holdWriteLock(file);
    const write = kysely.transaction().execute((trx) => trx.insertInto("care_areas").values({ name: "Värnamo" }).execute());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const readStarted = performance.now();
    expect(await kysely.selectFrom("care_areas").select("name").execute()).toEqual([{ name: "Höglandet" }]);
    expect(performance.now() - readStarted).toBeLessThan(100);
    lock.release();
    await write;
    expect(await kysely.selectFrom("care_areas").select("name").where("name", "=", "Värnamo").execute()).toHaveLength(1);
    await kysely.destroy();
  });

  it("states SQLite's own busy wait as zero: the policy's wait of at least 5 s is the one that counts", async () => {
    const { kysely } = await freshDb();
    expect((await sql<{ timeout: number }>`pragma busy_timeout`.execute(kysely)).rows[0]).toEqual({ timeout: 0 });
    expect(BUSY_POLICY.waitMs).toBeGreaterThanOrEqual(5_000);
    await kysely.destroy();
  });

  it("answers a write through the app's handle that stays locked past the policy with 503 and Retry-After, and writes nothing", async () => {
    const personId = await insertPerson(db(), { name: "Anna", email: "anna@example.se" });
    const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
    const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
    const lock = holdWriteLock(file);
    const started = performance.now();
    const input = { kind: "blocked" as const, fromDate: "2026-02-10", toDate: "2026-02-10", startMinute: null, endMinute: null };
    const thrown = await addException(db(), { personId, userId, input }, new Date("2026-02-01T10:00:00Z")).catch((error: unknown) => error);
    lock.release();
    expect(performance.now() - started).toBeGreaterThanOrEqual(BUSY_POLICY.waitMs - 300);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { reason: "busy" }, init: { status: 503, headers: { "Retry-After": "2" } } });
    expect(await db().selectFrom("availability_exceptions").select("id").execute()).toEqual([]);
  });
});
