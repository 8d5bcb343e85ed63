// The open call's weekly digest with an injected clock: new fitting requests once a week, nothing for those who opted
// out or have nothing new, and one mail even when two processes run it at the same moment.
import { createDb } from "../../db/create-db";
import { runOpenCallDigests } from "~/models/open-call-digest.server";
import { dataVersion } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { insertPerson, insertRequest, insertUser } from "../../db/insert-rows";

/** Monday 1 March 2027, 09:00 in Stockholm: the digest week has begun. */
const NOW = new Date("2027-03-01T08:00:00.000Z");
const WEEK = 7 * 86_400_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);
/** Wednesday 10 March 2027, 10:00–11:30 in Stockholm, when the default person is free. */
const SLOT = { starts_at: "2027-03-10T09:00:00.000Z", ends_at: "2027-03-10T10:30:00.000Z" };

async function volunteer(email = "bok@example.se", overrides: Parameters<typeof insertPerson>[1] = {}) {
  const personId = await insertPerson(db(), overrides);
  await insertUser(db(), { role: "volunteer", person_id: personId, email, name: "Bok" });
  return personId;
}

const request = (title: string, createdAt: Date, overrides: Parameters<typeof insertRequest>[1] = {}) =>
  insertRequest(db(), { title, created_at: createdAt.toISOString(), slots: [SLOT], ...overrides });

const digests = () => db().selectFrom("outbox").select(["recipient_email", "body_text"]).where("kind", "=", "open_call_digest").orderBy("id").execute();

describe("the weekly open-call digest", () => {
  it("mails the fitting requests that are new since the last digest, once a week", async () => {
    await volunteer();
    await request("Lärcafé om smärta", later(-2 * 86_400_000));
    await request("Gammal förfrågan", later(-20 * 86_400_000));
    await request("Peer-samtal", later(-86_400_000), { wanted_role: "peer" });
    await request("Redan erbjuden", later(-86_400_000), { status: "offered" });

    expect(await runOpenCallDigests(db(), NOW)).toBe(1);
    const [mail] = await digests();
    expect(mail.recipient_email).toBe("bok@example.se");
    expect(mail.body_text).toContain("En ny förfrågan från en vårdenhet passar dig:");
    expect(mail.body_text).toContain("”Lärcafé om smärta” – 10 mars 2027 10:00 – Jönköping");
    for (const other of ["Gammal förfrågan", "Peer-samtal", "Redan erbjuden", "Kim Kontaktperson", "070-174 06 99"])
      expect(mail.body_text).not.toContain(other);

    // Later the same week: done. The week after: only what came in since.
    await request("Samtal med personal", later(86_400_000));
    expect(await runOpenCallDigests(db(), later(3_600_000))).toBe(0);
    expect(await runOpenCallDigests(db(), later(WEEK))).toBe(1);
    const next = (await digests())[1].body_text;
    expect(next).toContain("”Samtal med personal”");
    expect(next).not.toContain("Lärcafé om smärta");
  });

  it("sends nothing to someone who turned it off, nor to someone with nothing new, and leaves out a raised hand", async () => {
    const optedOut = await volunteer("av@example.se");
    await db().updateTable("people").set({ open_call_digest: 0 }).where("id", "=", optedOut).execute();
    const raised = await volunteer("hand@example.se");
    await volunteer("upptagen@example.se", { windows: [] });
    const { id, slotIds } = await request("Lärcafé om smärta", later(-86_400_000));
    await db().insertInto("raised_hands").values({ request_id: id, person_id: raised, slot_id: slotIds[0], created_at: NOW.toISOString() }).execute();

    expect(await runOpenCallDigests(db(), NOW)).toBe(0);
    expect(await digests()).toEqual([]);
  });

  it("writes one mail when two processes run the digest at the same moment", async () => {
    await volunteer();
    await request("Lärcafé om smärta", later(-86_400_000));
    const other = createDb(process.env.DATABASE_URL!);
    try {
      const written = await Promise.all([runOpenCallDigests(db(), NOW), runOpenCallDigests(other, NOW)]);
      expect(written.sort()).toEqual([0, 1]);
    } finally {
      await other.destroy();
    }
    expect(await digests()).toHaveLength(1);
  });

  it("leaves the read models' version as it was: a week's stamps and mails are bookkeeping no page shows", async () => {
    await volunteer("en@example.se");
    await volunteer("tva@example.se");
    await volunteer("inget-nytt@example.se", { windows: [] });
    await request("Lärcafé om smärta", later(-86_400_000));
    const before = await dataVersion(db());
    expect(await runOpenCallDigests(db(), NOW)).toBe(2);
    expect(await dataVersion(db())).toBe(before);
    expect(await runOpenCallDigests(db(), later(3_600_000))).toBe(0);
  });

  it("commits 50 people at a time, so a run over thousands never holds the database's write lock for long", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 120; i++) await volunteer(`bok${i}@example.se`);
    await request("Lärcafé om smärta", later(-86_400_000));
    let transactions = 0;
    const counting = new Proxy(db(), {
      get(target, key) {
        if (key === "transaction") transactions++;
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    expect(await runOpenCallDigests(counting, NOW)).toBe(120);
    expect(transactions).toBe(3);
    expect(new Set((await digests()).map((d) => d.recipient_email)).size).toBe(120);
  });

  it("forgets a person's stamp with the person", async () => {
    const personId = await volunteer();
    await request("Lärcafé om smärta", later(-86_400_000));
    await runOpenCallDigests(db(), NOW);
    expect(await db().selectFrom("open_call_digest_stamps").select("person_id").execute()).toEqual([{ person_id: personId }]);
    await db().deleteFrom("users").where("person_id", "=", personId).execute();
    await db().deleteFrom("person_roles").where("person_id", "=", personId).execute();
    await db().deleteFrom("people").where("id", "=", personId).execute();
    expect(await db().selectFrom("open_call_digest_stamps").select("person_id").execute()).toEqual([]);
  });
});
