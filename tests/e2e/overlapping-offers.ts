// The exactly-once accept, as the two-server tests fire it: 10 volunteers with 5 overlapping offers each, all 50 accepted
// at the same moment through the servers in turn; on one SQLite file (concurrency.test.ts) and on PostgreSQL.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { insertOffer, insertPerson, insertRequest, insertUser } from "../../db/insert-rows";
import { addDays, localToInstant, weekdayOf } from "~/domain/stockholm-time";
import { hashPassword } from "~/utils/password.server";
import { signInOverHttp, type RunningServer } from "./server";

const PEOPLE = 10;
const OFFERS_EACH = 5;
const PASSWORD = "samtidig-test-2026";

export interface Volunteer {
  email: string;
  offerIds: number[];
}

export interface Answer {
  status: number;
  body: string;
}

/** The first Wednesday three weeks ahead, 10:00 local: inside the factories' weekday windows. */
function slotStart(): Date {
  let date = addDays(new Date().toISOString().slice(0, 10), 21);
  while (weekdayOf(date) !== 3) date = addDays(date, 1);
  return localToInstant(date, 600);
}

/** Each volunteer has five pending offers whose slots overlap (10:00, 10:15, …): only one of them can be accepted. */
export async function volunteersWithOverlappingOffers(db: Kysely<Database>): Promise<Volunteer[]> {
  const hash = await hashPassword(PASSWORD);
  const start = slotStart();
  const volunteers: Volunteer[] = [];
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

/** Signs a client in for every offer (through the servers in turn), then has all of them accept at the same moment. */
export async function acceptAllAtOnce(servers: RunningServer[], volunteers: Volunteer[]): Promise<Answer[]> {
  const clients = await Promise.all(
    volunteers.flatMap((v, i) =>
      v.offerIds.map(async (offerId, j) => {
        const server = servers[(i + j) % servers.length];
        return { server, offerId, cookie: await signInOverHttp(server, v.email, PASSWORD) };
      }),
    ),
  );
  expect(clients).toHaveLength(PEOPLE * OFFERS_EACH);
  return Promise.all(
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
}

/** One acceptance per volunteer, the others told the time was taken, no error page; one booked assignment each, on different requests. */
export async function expectOneAssignmentEach(db: Kysely<Database>, answers: Answer[]): Promise<void> {
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(PEOPLE);
  expect(statuses.filter((s) => s === 409)).toHaveLength(PEOPLE * (OFFERS_EACH - 1));
  for (const answer of answers) {
    expect(answer.body).not.toMatch(/SQLITE_BUSY|database is locked|Något gick fel/);
    if (answer.status === 409) expect(answer.body).toContain("Tiden hann bli upptagen");
  }
  const assignments = await db
    .selectFrom("assignments")
    .innerJoin("offers", "offers.id", "assignments.offer_id")
    .innerJoin("people", "people.id", "assignments.person_id")
    .select(["people.email", "assignments.request_id", "offers.status as offerStatus", "assignments.status"])
    .where("people.email", "like", "samtidig%")
    .execute();
  expect(assignments).toHaveLength(PEOPLE);
  expect(new Set(assignments.map((a) => a.email)).size).toBe(PEOPLE);
  expect(new Set(assignments.map((a) => a.request_id)).size).toBe(PEOPLE);
  expect(assignments.every((a) => a.offerStatus === "accepted" && a.status === "booked")).toBe(true);
}
