// What PostgreSQL needs that SQLite gives by itself (issue N, decision 016): migrations taken in turn by servers that
// start at once, transactions taking turns across connections, a read-model version that moves on commit, and the
// schedules run by one server at a time. Runs on the PostgreSQL pass only (vitest.config.ts, POSTGRES_ONLY).
import { sql } from "kysely";
import { createDb } from "../../db/create-db";
import { onceAcrossServers } from "../../db/dialect";
import { migrateToLatest } from "../../db/migrate";
import { BUSY_POLICY } from "../../db/sqlite-driver";
import { dataVersion, TABLES_NO_READ_MODEL_READS } from "~/utils/data-version.server";
import { db, type DB } from "~/utils/db.server";
import { databaseUrl, onServer } from "../../db/pg-admin";

const server = process.env.TEST_DATABASE_URL as string;
const otherConnection = () => createDb(process.env.DATABASE_URL as string);
const addArea = (trx: DB, name: string) => trx.insertInto("experience_areas").values({ name, active: 1 }).execute();

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("PostgreSQL", () => {
  it("migrates an empty database once when two servers start at the same moment", async () => {
    const name = `${new URL(process.env.DATABASE_URL as string).pathname.slice(1)}_fresh`;
    await onServer(server, (client) => client.query(`create database "${name}"`));
    const [a, b] = [createDb(databaseUrl(server, name)), createDb(databaseUrl(server, name))];
    try {
      const [first, second] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
      expect([first.length, second.length].sort((x, y) => x - y)).toEqual([0, first.length + second.length]);
      const { rows } = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(a);
      expect(rows[0].n).toBe(first.length + second.length);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await onServer(server, (client) => client.query(`drop database "${name}" with (force)`));
    }
  });

  it("lets a transaction on another connection begin only once the first one has committed", async () => {
    const other = otherConnection();
    const steps: string[] = [];
    const held = gate();
    const began = gate();
    try {
      const first = db().transaction().execute(async (trx) => {
        await addArea(trx, "först");
        began.open();
        await held.opened;
        steps.push("first commits");
      });
      await began.opened;
      const second = other.transaction().execute(async (trx) => {
        steps.push("second begins");
        const { rows } = await sql<{ n: number }>`select count(*) as n from experience_areas`.execute(trx);
        return rows[0].n;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(steps).toEqual([]);
      held.open();
      await first;
      expect(await second).toBe(1);
      expect(steps).toEqual(["first commits", "second begins"]);
    } finally {
      await other.destroy();
    }
  });

  it("gives the busy error, having written nothing, to a transaction that waits past the busy policy", { timeout: 20_000 }, async () => {
    const other = otherConnection();
    const held = gate();
    const began = gate();
    try {
      const first = db().transaction().execute(async () => {
        began.open();
        await held.opened;
      });
      await began.opened;
      const started = Date.now();
      await expect(other.transaction().execute((trx) => addArea(trx, "väntade för länge"))).rejects.toThrow(/upptagen/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_POLICY.waitMs - 100);
      held.open();
      await first;
      expect(await db().selectFrom("experience_areas").select("name").execute()).toEqual([]);
      // The refused transaction's connection went back to the pool usable, not stuck in an aborted transaction.
      expect(await other.transaction().execute(async (trx) => (await sql<{ one: number }>`select 1 as one`.execute(trx)).rows[0].one)).toBe(1);
    } finally {
      await other.destroy();
    }
  });

  it("moves the read models' version when another connection commits a change, not before, and not for mail or a no-op", async () => {
    const other = otherConnection();
    try {
      const before = await dataVersion(db());
      const held = gate();
      const wrote = gate();
      const writing = other.transaction().execute(async (trx) => {
        await addArea(trx, "smärta");
        wrote.open();
        await held.opened;
      });
      await wrote.opened;
      expect(await dataVersion(db())).toBe(before);
      held.open();
      await writing;
      const afterWrite = await dataVersion(db());
      expect(afterWrite).not.toBe(before);
      await other.updateTable("experience_areas").set({ name: "ingen" }).where("id", "=", -1).execute();
      await sql`insert into outbox (kind, recipient_email, subject, body_text, body_html, dedupe_key, created_at, next_attempt_at) values ('test', 'a@example.se', 's', 't', '', 'k', '2026-12-06', '2026-12-06')`.execute(other);
      expect(await dataVersion(db())).toBe(afterWrite);
    } finally {
      await other.destroy();
    }
  });

  it("leaves the version as it was while this process's own write is not yet committed, and moves it at commit", async () => {
    const before = await dataVersion(db());
    const held = gate();
    const wrote = gate();
    const writing = db().transaction().execute(async (trx) => {
      await addArea(trx, "egen skrivning");
      wrote.open();
      await held.opened;
    });
    await wrote.opened;
    try {
      expect(await dataVersion(db())).toBe(before);
    } finally {
      held.open();
      await writing;
    }
    expect(await dataVersion(db())).not.toBe(before);
  });

  it("bumps the version from every table a read model reads, and from none of the others", async () => {
    const { rows } = await sql<{ table: string; triggers: number }>`select c.relname as table, count(t.tgname) as triggers
      from pg_class c left join pg_trigger t on t.tgrelid = c.oid and t.tgname like 'data_version_%'
      where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace and c.relname not like 'kysely_%' and c.relname <> 'data_version'
      group by c.relname`.execute(db());
    const bumping = new Map(rows.map((r) => [r.table, r.triggers]));
    for (const [table, triggers] of bumping) expect({ table, triggers }).toEqual({ table, triggers: TABLES_NO_READ_MODEL_READS.has(table) ? 0 : 4 });
    expect(bumping.size).toBeGreaterThan(30);
  });

  it("runs a schedule on one server at a time: the other skips it while it runs", async () => {
    const other = otherConnection();
    const held = gate();
    const began = gate();
    try {
      const first = onceAcrossServers(db(), 42, async () => {
        began.open();
        await held.opened;
      });
      await began.opened;
      let ran = false;
      expect(await onceAcrossServers(other, 42, async () => void (ran = true))).toBe(false);
      expect(ran).toBe(false);
      held.open();
      expect(await first).toBe(true);
      expect(await onceAcrossServers(other, 42, async () => void (ran = true))).toBe(true);
      expect(ran).toBe(true);
    } finally {
      await other.destroy();
    }
  });
});
