// Two production servers on one SQLite file, 50 volunteers' clients accepting overlapping offers at the same moment.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { addDays, localToInstant, weekdayOf } from "~/domain/stockholm-time";
import { hashPassword } from "~/utils/password.server";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { signInOverHttp, startServer, type RunningServer } from "./server";

const PEOPLE = 10;
const OFFERS_EACH = 5;
const PASSWORD = "samtidig-test-2026";

let dir: string;
let db: Kysely<Database>;
let servers: RunningServer[] = [];

/** The first Wednesday three weeks ahead, 10:00 local: inside the factories' weekday windows. */
function slotStart(): Date {
  let date = addDays(new Date().toISOString().slice(0, 10), 21);
  while (weekdayOf(date) !== 3) date = addDays(date, 1);
  return localToInstant(date, 600);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-concurrency-"));
  const file = path.join(dir, "levande.db");
  servers = [await startServer({ databaseFile: file })];
  servers.push(await startServer({ databaseFile: file }));
  db = createDb(`file:${file}`);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Each volunteer has five pending offers whose slots overlap (10:00, 10:15, …): only one of them can be accepted. */
async function volunteersWithOverlappingOffers() {
  const hash = await hashPassword(PASSWORD);
  const start = slotStart();
  const volunteers: { email: string; offerIds: number[] }[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const email = `samtidig${i}@example.se`;
    const personId = await insertPerson(db, { name: `Samtidig ${i}`, email, roles: [{ role: "peer" }], max_per_month: 5 });
    await insertUser(db, { role: "volunteer", person_id: personId, email, name: `Samtidig ${i}`, password_hash: hash });
    const offerIds: number[] = [];
    for (let j = 0; j < OFFERS_EACH; j++) {
      const from = new Date(start.getTime() + j * 15 * 60_000);
      const request = await insertRequest(db, {
        wanted_role: "peer",
        status: "offered",
        slots: [{ starts_at: from.toISOString(), ends_at: new Date(from.getTime() + 90 * 60_000).toISOString() }],
      });
      offerIds.push(await insertOffer(db, { person_id: personId, request_id: request.id, reply_by: new Date(Date.now() + 5 * 86_400_000).toISOString() }));
    }
    volunteers.push({ email, offerIds });
  }
  return volunteers;
}

describe("two server processes on one database", () => {
  it("gives each volunteer exactly one assignment when 50 clients accept overlapping offers at once, and no error reaches anyone", async () => {
    const volunteers = await volunteersWithOverlappingOffers();
    const clients = await Promise.all(
      volunteers.flatMap((v, i) =>
        v.offerIds.map(async (offerId, j) => {
          const server = servers[(i + j) % 2];
          return { server, offerId, cookie: await signInOverHttp(server, v.email, PASSWORD) };
        }),
      ),
    );
    expect(clients).toHaveLength(50);

    const answers = await Promise.all(
      clients.map(async ({ server, offerId, cookie }) => {
        const response = await fetch(`${server.baseUrl}/volunteer/offers`, {
          method: "POST",
          body: new URLSearchParams({ intent: "accept", offerId: String(offerId) }),
          headers: { Origin: server.baseUrl, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
          redirect: "manual",
        });
        return { status: response.status, body: await response.text() };
      }),
    );

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(PEOPLE);
    expect(statuses.filter((s) => s === 409)).toHaveLength(50 - PEOPLE);
    for (const answer of answers) {
      expect(answer.body).not.toMatch(/SQLITE_BUSY|database is locked|Något gick fel/);
      if (answer.status === 409) expect(answer.body).toContain("Tiden hann bli upptagen");
    }

    const assignments = await db
      .selectFrom("assignments")
      .innerJoin("offers", "offers.id", "assignments.offer_id")
      .innerJoin("people", "people.id", "assignments.person_id")
      .select(["people.email", "offers.status as offerStatus", "assignments.status"])
      .where("people.email", "like", "samtidig%")
      .execute();
    expect(assignments).toHaveLength(PEOPLE);
    expect(new Set(assignments.map((a) => a.email)).size).toBe(PEOPLE);
    expect(assignments.every((a) => a.offerStatus === "accepted" && a.status === "booked")).toBe(true);
    for (const server of servers) expect(server.output()).not.toMatch(/SQLITE_BUSY/);
  });
});
