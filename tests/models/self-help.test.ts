// Self-help registrations in the database: what the public counts show (never who), the withdrawal link stored only
// hashed, its confirmation mail, withdrawal and retention deleting the row and its mail, and the coordinators' queue.
import { purgeStale } from "~/models/maintenance.server";
import { addTheme, interestOverview, interestQueue, listThemes, setThemeActive } from "~/models/self-help-coordinator.server";
import { findInterestByToken, getPublicTheme, listPublicThemes, registerInterest, withdrawInterest } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import { ensureMunicipality } from "../../db/insert-rows";

const NOW = new Date("2026-12-06T10:00:00.000Z");
const minutesLater = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function theme(name = "Ensamhet", active = 1) {
  return (await db().insertInto("self_help_themes").values({ name, active, created_at: NOW.toISOString() }).returning("id").executeTakeFirstOrThrow()).id;
}

async function register(themeId: number, alias: string, place: { digital: true } | { digital: false; municipalityId: number } = { digital: true }, now = NOW, email: string | null = `${alias.toLowerCase()}@example.se`) {
  const result = await registerInterest(db(), { themeId, place, alias, email: email ?? undefined, phone: email ? undefined : "070-123 45 67", now });
  if (!result.ok) throw new Error(result.problem);
  return result.token;
}

const interestRows = () => db().selectFrom("self_help_interest").selectAll().orderBy("id").execute();
const outboxRows = () => db().selectFrom("outbox").select(["kind", "recipient_email", "body_text"]).execute();

describe("the table", () => {
  it("refuses a place that is both or neither, no way to reach, and an alias over 40 characters", async () => {
    const themeId = await theme();
    const { id: municipalityId } = await ensureMunicipality(db());
    const row = { theme_id: themeId, alias: "A", email: "a@example.se", phone: null, consent_at: "x", last_contact_at: "x", created_at: "x" };
    let n = 0;
    const insert = (change: object) => db().insertInto("self_help_interest").values({ ...row, municipality_id: null, digital: 1, withdraw_token_hash: `h${n++}`, ...change }).execute();
    await expect(insert({ digital: 1, municipality_id: municipalityId })).rejects.toThrow(/check constraint/i);
    await expect(insert({ digital: 0, municipality_id: null })).rejects.toThrow(/check constraint/i);
    await expect(insert({ email: null, phone: null })).rejects.toThrow(/check constraint/i);
    await expect(insert({ alias: "x".repeat(41) })).rejects.toThrow(/check constraint/i);
    await insert({});
    await insert({ digital: 0, municipality_id: municipalityId, email: null, phone: "070-1234567" });
    expect(await interestRows()).toHaveLength(2);
  });
});

describe("registering interest", () => {
  it("stores only the token's hash, and the confirmation mail carries the withdrawal link", async () => {
    const themeId = await theme();
    const token = await register(themeId, "Gran");
    const [row] = await interestRows();
    expect(row).toMatchObject({ alias: "Gran", email: "gran@example.se", phone: null, digital: 1, municipality_id: null, consent_at: NOW.toISOString(), last_contact_at: NOW.toISOString() });
    expect(row.withdraw_token_hash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const mail = await outboxRows();
    expect(mail).toEqual([expect.objectContaining({ kind: "self_help_interest", recipient_email: "gran@example.se" })]);
    expect(mail[0].body_text).toContain(`/sjalvhjalp/aterkalla/${token}`);
    expect(mail[0].body_text).toContain("Ensamhet (Digitalt)");
  });

  it("sends no mail to someone who gave only a phone number", async () => {
    await register(await theme(), "Tall", { digital: true }, NOW, null);
    expect(await outboxRows()).toEqual([]);
    expect((await interestRows())[0]).toMatchObject({ email: null, phone: "070-123 45 67" });
  });

  it("refuses a hidden theme and a municipality that does not exist", async () => {
    const hidden = await theme("Smärta", 0);
    expect(await registerInterest(db(), { themeId: hidden, place: { digital: true }, alias: "A", email: "a@example.se" })).toEqual({ ok: false, problem: "unknownTheme" });
    expect(await registerInterest(db(), { themeId: await theme(), place: { digital: false, municipalityId: 999999 }, alias: "A", email: "a@example.se" })).toEqual({ ok: false, problem: "unknownPlace" });
    expect(await interestRows()).toEqual([]);
  });
});

describe("what the public sees", () => {
  it("counts places with interest per theme, and registrations per place, with no alias or address", async () => {
    const [ensamhet, smarta] = [await theme("Ensamhet"), await theme("Smärta")];
    await theme("Dold", 0);
    const { id: eksjo } = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    await register(ensamhet, "Gran");
    await register(ensamhet, "Tall");
    await register(ensamhet, "Ek", { digital: false, municipalityId: eksjo });
    const themes = await listPublicThemes(db());
    expect(themes).toEqual([
      { id: ensamhet, name: "Ensamhet", nameEn: null, places: 2 },
      { id: smarta, name: "Smärta", nameEn: null, places: 0 },
    ]);
    const page = await getPublicTheme(db(), ensamhet);
    expect(page?.interest).toEqual([
      { digital: true, municipality: null, n: 2 },
      { digital: false, municipality: "Eksjö", n: 1 },
    ]);
    expect(JSON.stringify([themes, page])).not.toMatch(/Gran|Tall|Ek"|example\.se/);
  });

  it("does not show a hidden theme", async () => {
    expect(await getPublicTheme(db(), await theme("Dold", 0))).toBeUndefined();
  });
});

describe("withdrawing", () => {
  it("finds the registration by its token, then deletes it and its mail for good", async () => {
    const themeId = await theme();
    const token = await register(themeId, "Gran");
    const other = await register(themeId, "Tall");
    expect(await findInterestByToken(db(), token)).toMatchObject({ alias: "Gran", theme: "Ensamhet", place: { digital: true, municipality: null } });
    expect(await withdrawInterest(db(), token)).toBe(true);
    expect((await interestRows()).map((r) => r.alias)).toEqual(["Tall"]);
    expect((await outboxRows()).map((m) => m.recipient_email)).toEqual(["tall@example.se"]);
    expect(await findInterestByToken(db(), token)).toBeUndefined();
    expect(await withdrawInterest(db(), token)).toBe(false);
    expect(await findInterestByToken(db(), other)).toBeDefined();
  });
});

describe("retention in the hourly purge", () => {
  it("deletes a registration 12 months after the last contact, by the Stockholm date, with its mail", async () => {
    const themeId = await theme();
    await register(themeId, "Gammal", { digital: true }, new Date("2025-12-31T23:30:00.000Z"));
    await register(themeId, "Ny", { digital: true }, new Date("2026-06-01T08:00:00.000Z"));
    // 31 December 2026 in Stockholm: the first registration was made on 1 January 2026 there, so it is kept a day more.
    expect((await purgeStale(db(), new Date("2026-12-31T12:00:00.000Z"))).selfHelpInterest).toBe(0);
    expect((await purgeStale(db(), new Date("2026-12-31T23:30:00.000Z"))).selfHelpInterest).toBe(1);
    expect((await interestRows()).map((r) => r.alias)).toEqual(["Ny"]);
    expect((await outboxRows()).map((m) => m.recipient_email)).toEqual(["ny@example.se"]);
  });
});

describe("the coordinators' view", () => {
  it("counts each theme × place, marks 5 as ready to start and puts the first 8 by time in the first group", async () => {
    const themeId = await theme();
    const { id: eksjo } = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    for (let i = 9; i >= 1; i--) await register(themeId, `Person ${i}`, { digital: true }, minutesLater(10 - i));
    await register(themeId, "Ek", { digital: false, municipalityId: eksjo });
    expect(await interestOverview(db())).toEqual([
      { themeId, theme: "Ensamhet", digital: true, municipalityId: null, municipality: null, waiting: 9, readyToStart: true },
      { themeId, theme: "Ensamhet", digital: false, municipalityId: eksjo, municipality: "Eksjö", waiting: 1, readyToStart: false },
    ]);
    const digital = await interestQueue(db(), { themeId, place: { digital: true } });
    expect(digital?.queue.firstGroup.map((r) => r.alias)).toEqual(["Person 9", "Person 8", "Person 7", "Person 6", "Person 5", "Person 4", "Person 3", "Person 2"]);
    expect(digital?.queue.next.map((r) => [r.alias, r.email])).toEqual([["Person 1", "person 1@example.se"]]);
    const local = await interestQueue(db(), { themeId, place: { digital: false, municipalityId: eksjo } });
    expect(local?.queue).toMatchObject({ waiting: 1, readyToStart: false });
    expect(await interestQueue(db(), { themeId, place: { digital: false, municipalityId: 999999 } })).toBeUndefined();
  });

  it("adds a theme once, whatever the case, and hides and shows it", async () => {
    const added = await addTheme(db(), { name: "Utmattning", nameEn: "Exhaustion", description: "", now: NOW });
    expect(added.ok).toBe(true);
    expect(await addTheme(db(), { name: "utmattning", nameEn: null, description: "" })).toEqual({ ok: false, problem: "nameTaken" });
    const id = added.ok ? added.id : 0;
    expect(await setThemeActive(db(), { themeId: id, active: false })).toBe(true);
    expect(await listThemes(db())).toEqual([{ id, name: "Utmattning", nameEn: "Exhaustion", active: false }]);
    expect(await listPublicThemes(db())).toEqual([]);
  });
});
