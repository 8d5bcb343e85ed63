// Issue N: two app servers on one PostgreSQL, started at once (the migration's advisory lock lets one migrate). Accepting
// stays exactly-once across them, their two outbox senders deliver every message once, and a write through one server
// shows at once in the other's cached read model.
import type { Kysely } from "kysely";
import pg from "pg";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/postgres-cluster";
import { createSurveyLinks } from "~/models/survey.server";
import { DEMO_PASSWORD } from "./journey-helpers";
import { acceptAllAtOnce, expectOneAssignmentEach, volunteersWithOverlappingOffers } from "./overlapping-offers";
import { freePort, signInOverHttp, startServer, type RunningServer } from "./server";
import { smtpSink } from "../setup/smtp-sink";

const MESSAGES = 200;
/** What each message costs the sink: sending them all outlasts a sender's 5-second tick, so both senders take part. */
const SINK_DELAY_MS = 40;

let cluster: ThrowawayPostgres | undefined;
let sink: Awaited<ReturnType<typeof smtpSink>> | undefined;
let servers: RunningServer[] = [];
let db: Kysely<Database> | undefined;

beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("create database levande_two_servers");
  await admin.end();
  const url = cluster.url.replace(/\/postgres$/, "/levande_two_servers");
  sink = await smtpSink({ delayMs: SINK_DELAY_MS });
  const ports = [await freePort(), await freePort()];
  const mail = (name: string, port: number) => ({ SMTP_URL: `smtp://127.0.0.1:${sink!.port}/?name=${name}`, APP_URL: `http://localhost:${port}` });
  // Both at once: one migrates under the migration lock while the other waits; server A then seeds the demo region.
  const started = await Promise.allSettled([
    startServer({ databaseUrl: url, port: ports[0], env: mail("server-a", ports[0]) }),
    startServer({ databaseUrl: url, port: ports[1], demo: false, env: mail("server-b", ports[1]) }),
  ]);
  servers = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  for (const s of started) if (s.status === "rejected") throw s.reason;
  db = createDb(url);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.destroy();
  await sink?.close();
  await cluster?.stop();
});

describe("two app servers on one PostgreSQL", () => {
  // Most of the time goes to the 50 sign-ins, which each server hashes a few at a time.
  it("gives each volunteer exactly one assignment when 50 clients accept overlapping offers through both at once", { timeout: 180_000 }, async () => {
    const answers = await acceptAllAtOnce(servers, await volunteersWithOverlappingOffers(db!));
    await expectOneAssignmentEach(db!, answers);
  });

  it("delivers each of 200 messages exactly once through the two servers' senders", { timeout: 120_000 }, async () => {
    const now = new Date().toISOString();
    await db!
      .insertInto("outbox")
      .values(
        Array.from({ length: MESSAGES }, (_, i) => ({
          kind: "offer_made",
          recipient_email: `utskick${i}@example.se`,
          recipient_user_id: null,
          subject: `Utskick ${i}`,
          body_text: `Utskick ${i}`,
          body_html: `<p>Utskick ${i}</p>`,
          dedupe_key: `two-servers:${i}`,
          created_at: now,
          next_attempt_at: now,
        })),
      )
      .execute();
    const ours = () => db!.selectFrom("outbox").select(["id", "sent_at"]).where("dedupe_key", "like", "two-servers:%").execute();
    await expect.poll(async () => (await ours()).filter((row) => row.sent_at === null).length, { timeout: 100_000, interval: 500 }).toBe(0);

    const ids = (await ours()).map((row) => `<outbox-${row.id}@levande>`);
    expect(ids).toHaveLength(MESSAGES);
    const delivered = sink!.received;
    // No message of any kind (the demo's, the accepts' or these) reached the sink twice.
    const counts = new Map<string, number>();
    for (const d of delivered) counts.set(d.messageId, (counts.get(d.messageId) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    const senders = new Set(delivered.filter((d) => ids.includes(d.messageId)).map((d) => d.sender));
    expect([...senders].sort()).toEqual(["server-a", "server-b"]);
  });

  it("shows a write through one server at once in the other's cached goal report", async () => {
    const [a, b] = servers;
    const series = await db!.selectFrom("larcafe_series").select("id").orderBy("id").executeTakeFirstOrThrow();
    const [token] = await createSurveyLinks(db!, { owner: { source: "larcafe", seriesId: series.id }, occasion: "session", count: 1, handedOut: true });
    const cookie = await signInOverHttp(b, "samordnare@example.se", DEMO_PASSWORD);
    const answers = async () => {
      const response = await fetch(`${b.baseUrl}/reports/goals.json?year=${new Date().getFullYear()}`, { headers: { cookie } });
      expect(response.status).toBe(200);
      return ((await response.json()) as { selfEfficacy: { answers: number } }).selfEfficacy.answers;
    };
    // Read twice: the second comes from server B's cache.
    const before = await answers();
    expect(await answers()).toBe(before);

    const posted = await fetch(`${a.baseUrl}/enkat/${token}`, {
      method: "POST",
      body: new URLSearchParams({ score: "4", comment: "" }),
      headers: { Origin: a.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    // The answer is saved, and its thanks page is where the post leads.
    expect(posted.status).toBe(302);
    expect(await (await fetch(new URL(posted.headers.get("Location") as string, a.baseUrl))).text()).toContain("Tack för ditt svar!");
    expect(await answers()).toBe(before + 1);
  });
});
