// SIGKILL the production server in the middle of a 10,000-row import and of a burst of accepts, start it again, and find
// the database consistent: integrity_check ok, the import all there or not at all, no assignment without its accepted offer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql, type Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { addDays, localToInstant, weekdayOf } from "~/domain/stockholm-time";
import { previewImport } from "~/models/import.server";
import { hashPassword } from "~/utils/password.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { signInOverHttp, startServer, type RunningServer } from "./server";

const ROWS = 10_000;
let dir: string;
let file: string;
let db: Kysely<Database>;
let server: RunningServer | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-crash-"));
  file = path.join(dir, "levande.db");
  server = await startServer({ databaseFile: file });
  db = createDb(`file:${file}`);
});

afterAll(async () => {
  await server?.stop();
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function restart() {
  await server?.kill();
  server = await startServer({ databaseFile: file });
}

async function expectConsistent() {
  expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows).toEqual([{ integrity_check: "ok" }]);
  const orphans = await db
    .selectFrom("assignments")
    .innerJoin("offers", "offers.id", "assignments.offer_id")
    .select("assignments.id")
    .where("offers.status", "!=", "accepted")
    .execute();
  expect(orphans).toEqual([]);
  const unassigned = await db
    .selectFrom("offers")
    .leftJoin("assignments", "assignments.offer_id", "offers.id")
    .select("offers.id")
    .where("offers.status", "=", "accepted")
    .where("assignments.id", "is", null)
    .execute();
  expect(unassigned).toEqual([]);
}

/** 10,000 completed peer assignments from 2024 for the demo people at demo units. */
async function historyFile(): Promise<string> {
  const people = await db.selectFrom("people").select("email").where("email", "is not", null).orderBy("id").limit(50).execute();
  const units = await db.selectFrom("care_units").select("name").orderBy("id").limit(20).execute();
  const lines = ["email;role;care_unit;offered_on;start;end;status"];
  for (let i = 0; i < ROWS; i++) {
    const day = addDays("2024-01-01", i % 360);
    const hour = String(8 + (i % 9)).padStart(2, "0");
    lines.push(`${people[i % people.length].email};peer;${units[i % units.length].name};${day};${day}T${hour}:00;${day}T${hour}:45;completed`);
  }
  return lines.join("\r\n");
}

const imported = async () =>
  Number((await db.selectFrom("requests").select((eb) => eb.fn.countAll<number>().as("n")).where("submission_key", "like", "history:%").executeTakeFirstOrThrow()).n);

describe("crash safety", () => {
  it("keeps an import whole or absent when the server is killed while it runs", async () => {
    const csv = await historyFile();
    const preview = await previewImport(db, "history", csv);
    expect(preview.ok ? [] : preview.issues.slice(0, 3)).toEqual([]);
    for (const delay of [250, 450, 700, 1500]) {
      const cookie = await signInOverHttp(server!, "samordnare@example.se", "levande-demo-2026");
      const body = new FormData();
      body.set("intent", "commit");
      body.set("kind", "history");
      body.set("csv", csv);
      const request = fetch(`${server!.baseUrl}/admin/import`, { method: "POST", body, headers: { Origin: server!.baseUrl, Cookie: cookie } }).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await restart();
      await request;
      expect([0, ROWS]).toContain(await imported());
      await expectConsistent();
      if ((await imported()) === ROWS) break;
    }
  });

  it("leaves no assignment without its accepted offer when the server is killed during a burst of accepts", async () => {
    const hash = await hashPassword("krasch-test-2026");
    let date = addDays(new Date().toISOString().slice(0, 10), 21);
    while (weekdayOf(date) !== 2) date = addDays(date, 1);
    const clients: { email: string; offerId: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const email = `krasch${i}@example.se`;
      const personId = await insertPerson(db, { email, name: `Krasch ${i}`, roles: [{ role: "peer" }], max_per_month: 5 });
      await insertUser(db, { role: "volunteer", person_id: personId, email, name: `Krasch ${i}`, password_hash: hash });
      const start = localToInstant(date, 600);
      const request = await insertRequest(db, { wanted_role: "peer", status: "offered", slots: [{ starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 3_600_000).toISOString() }] });
      clients.push({ email, offerId: await insertOffer(db, { person_id: personId, request_id: request.id, reply_by: new Date(Date.now() + 5 * 86_400_000).toISOString() }) });
    }
    const cookies = await Promise.all(clients.map((c) => signInOverHttp(server!, c.email, "krasch-test-2026")));
    const answers = clients.map(({ offerId }, i) =>
      fetch(`${server!.baseUrl}/volunteer/offers`, {
        method: "POST",
        body: new URLSearchParams({ intent: "accept", offerId: String(offerId) }),
        headers: { Origin: server!.baseUrl, Cookie: cookies[i], "Content-Type": "application/x-www-form-urlencoded" },
      }).catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    await restart();
    await Promise.all(answers);
    await expectConsistent();
    const accepted = await db.selectFrom("offers").select("id").where("id", "in", clients.map((c) => c.offerId)).where("status", "=", "accepted").execute();
    const assigned = await db.selectFrom("assignments").select("offer_id").where("offer_id", "in", clients.map((c) => c.offerId)).execute();
    expect(assigned.map((a) => a.offer_id).sort()).toEqual(accepted.map((o) => o.id).sort());
  });
});
