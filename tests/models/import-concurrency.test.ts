// An import plans with reads only and writes in one short transaction: others write freely while it plans, a plan that
// another writer made stale is made again, and a short write meeting the import's transaction waits and then succeeds.
import { isPostgres } from "../../db/dialect";
import { sql, type Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { BUSY_POLICY } from "../../db/sqlite-driver";
import { addDays } from "~/domain/stockholm-time";
import { uploadInWorker } from "~/models/import-thread.server";
import { runImport, type ImportTiming } from "~/models/import.server";
import { beginLoginAttempt, loginSucceeded } from "~/models/login-throttle.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";

const NOW = new Date("2026-02-01T10:00:00.000Z");
const HEADER = "email;role;care_unit;offered_on;start;end;status";

/** The import's own connection, as the web upload's worker and the CLI have: another one than the app's. */
let importer: Kysely<Database>;
beforeEach(() => {
  importer = createDb(process.env.DATABASE_URL as string);
});
afterEach(async () => {
  await importer.destroy();
});

async function historyFile(rows: number, unit = "VC Habo") {
  const municipality = await ensureMunicipality(db(), "Habo", "Jönköping");
  await insertCareUnit(db(), { name: "VC Habo", municipality_id: municipality.id });
  const emails: string[] = [];
  for (let i = 0; i < 20; i++) {
    emails.push(`peer${i}@example.se`);
    await insertPerson(db(), { name: `Peer ${i}`, email: emails[i], roles: [{ role: "peer" }] });
  }
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const day = addDays("2024-01-01", i % 360);
    const hour = String(8 + (i % 9)).padStart(2, "0");
    lines.push(`${emails[i % emails.length]};peer;${i === 0 ? unit : "VC Habo"};${day};${day}T${hour}:00;${day}T${hour}:45;completed`);
  }
  return lines.join("\n");
}

/**
 * What a commit elsewhere to a table no plan reads (sign-in bookkeeping) does to the import: SQLite's data version moves
 * with every other connection's commit, so the import plans again and finds the same; PostgreSQL's moves only with
 * tables a read model reads (migration 39), so the import goes straight on.
 */
const AFTER_UNREAD_WRITE = isPostgres(db()) ? "no" : "same";

const count = async (table: keyof Database) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db())).rows[0].n);

describe("an import next to other writers", () => {
  it("holds no lock while it plans: another connection writes at once, and a write the plan did not read changes nothing", async () => {
    const csv = await historyFile(200);
    const userId = await insertUser(db(), { role: "coordinator" });
    let timing: ImportTiming | undefined;
    let waitedMs = -1;
    const result = await runImport(importer, "history", csv, {
      actorUserId: userId,
      now: NOW,
      onTiming: (t) => (timing = t),
      beforeWrite: async () => {
        if (waitedMs >= 0) return;
        const started = performance.now();
        await db().insertInto("login_failures").values({ key: "account:x@example.se", failed_at: NOW.toISOString() }).execute();
        waitedMs = performance.now() - started;
      },
    });
    expect(result).toMatchObject({ ok: true, counts: { rows: 200, created: 200 } });
    expect(waitedMs).toBeGreaterThanOrEqual(0);
    expect(waitedMs).toBeLessThan(100);
    expect(timing).toMatchObject({ replanned: AFTER_UNREAD_WRITE });
    expect(await count("assignments")).toBe(200);
  });

  it("uses a care unit that someone created while it planned instead of creating it twice", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    const csv = await historyFile(3, "Vårdcentralen Nässjö");
    let created = false;
    let timing: ImportTiming | undefined;
    const result = await runImport(importer, "history", csv, {
      actorUserId: null,
      now: NOW,
      onTiming: (t) => (timing = t),
      beforeWrite: async () => {
        if (created) return;
        created = true;
        await insertCareUnit(db(), { name: "vårdcentralen NÄSSJÖ", municipality_id: (await ensureMunicipality(db(), "Nässjö", "Höglandet")).id });
      },
    });
    expect(result).toMatchObject({ ok: true, counts: { created: 3, careUnitsCreated: 0 } });
    expect(timing).toMatchObject({ replanned: "changed" });
    expect((await db().selectFrom("care_units").select("name").orderBy("name").execute()).map((u) => u.name)).toEqual(["VC Habo", "vårdcentralen NÄSSJÖ"]);
  });

  it("writes nothing twice when the same file is imported from elsewhere while it plans", async () => {
    const csv = await historyFile(50);
    let other: Awaited<ReturnType<typeof runImport>> | undefined;
    const result = await runImport(importer, "history", csv, {
      actorUserId: null,
      now: NOW,
      beforeWrite: async () => {
        other ??= await runImport(db(), "history", csv, { actorUserId: null, now: NOW });
      },
    });
    expect(other).toMatchObject({ ok: true, counts: { created: 50, skipped: 0 } });
    expect(result).toMatchObject({ ok: true, counts: { created: 0, skipped: 50 } });
    expect(await count("offers")).toBe(50);
  });

  it("updates a person that someone added while it planned instead of failing on the e-mail", async () => {
    await ensureMunicipality(db(), "Nässjö", "Höglandet");
    const csv = ["email;name;roles;title;experience;municipality;languages;joined_on;left_on;trained_on", "anna@example.se;Anna Berg;book;Att leva med smärta;;Nässjö;sv;2023-02-01;;"].join("\n");
    let added = false;
    const result = await runImport(importer, "people", csv, {
      actorUserId: null,
      now: NOW,
      beforeWrite: async () => {
        if (added) return;
        added = true;
        await insertPerson(db(), { name: "Anna B", email: "anna@example.se" });
      },
    });
    expect(result).toMatchObject({ ok: true, counts: { created: 0, updated: 1 } });
    expect(await db().selectFrom("people").select(["name", "email"]).execute()).toEqual([{ name: "Anna Berg", email: "anna@example.se" }]);
  });

  it("lets sign-ins on the app's connection wait for a large web import's transaction and succeed, never failing", async () => {
    const csv = await historyFile(12_000);
    const userId = await insertUser(db(), { role: "coordinator" });
    const clock = () => performance.timeOrigin + performance.now();
    const signIns: { from: number; to: number }[] = [];
    const errors: unknown[] = [];
    let timing: ImportTiming | undefined;
    let done = false;
    const loop = (async () => {
      while (!done) {
        const from = clock();
        try {
          const begun = await beginLoginAttempt(db(), "anna@example.se", "10.0.0.1", NOW);
          if ("attempt" in begun) await loginSucceeded(db(), begun.attempt);
        } catch (error) {
          errors.push(error);
        }
        signIns.push({ from, to: clock() });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const form = new FormData();
    form.set("intent", "commit");
    form.set("kind", "history");
    form.set("csv", csv);
    const request = new Request("http://localhost/admin/import", { method: "POST", body: form });
    const contentType = request.headers.get("Content-Type") as string;
    const outcome = await uploadInWorker({ body: await request.arrayBuffer(), contentType, actorUserId: userId, now: NOW, onTiming: (t) => (timing = t) });
    done = true;
    await loop;
    expect(outcome).toMatchObject({ stage: "done", counts: { created: 12_000 } });
    expect(errors).toEqual([]);
    const window = { from: timing!.writeStartedAt, to: timing!.writeStartedAt + timing!.writeMs };
    const during = signIns.filter((s) => s.to > window.from && s.from < window.to);
    expect(during.length).toBeGreaterThan(0);
    expect(Math.max(...signIns.map((s) => s.to - s.from))).toBeLessThan(BUSY_POLICY.waitMs);
    // The sign-ins committed meanwhile, but wrote nothing the plan read: the staged rows were swapped in as planned.
    expect(timing).toMatchObject({ replanned: AFTER_UNREAD_WRITE });
    expect(await count("assignments")).toBe(12_000);
  });
});
