import { acceptInvite, getValidInvite, INVITE_TTL_MS, inviteUser } from "~/models/invites.server";
import { db } from "~/utils/db.server";
import { insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";

const t0 = new Date("2026-11-23T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

async function invite(overrides: Partial<Parameters<typeof inviteUser>[1]> = {}) {
  const coordinator = await insertUser(db(), { role: "coordinator" });
  const result = await inviteUser(
    db(),
    { email: "Ny.Person@Example.se", name: "Ny Person", role: "coordinator", careUnitId: null, personId: null, invitedBy: coordinator, ...overrides },
    t0,
  );
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("invites", () => {
  it("are valid for 72 hours and not a second longer", async () => {
    const { token } = await invite();
    expect(await getValidInvite(db(), token, later(INVITE_TTL_MS - 1000))).toMatchObject({ email: "ny.person@example.se" });
    expect(await getValidInvite(db(), token, later(INVITE_TTL_MS))).toBeUndefined();
    expect(await acceptInvite(db(), token, "scrypt$hash", later(INVITE_TTL_MS + 1))).toBeNull();
    expect(INVITE_TTL_MS).toBe(72 * 60 * 60 * 1000);
  });

  it("can be used once; the password is saved and the act is audited", async () => {
    const { token, userId } = await invite();
    expect(await acceptInvite(db(), token, "scrypt$hash", later(1000))).toBe(userId);
    expect(await acceptInvite(db(), token, "scrypt$other", later(2000))).toBeNull();
    const user = await db().selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirstOrThrow();
    expect(user.password_hash).toBe("scrypt$hash");
    const actions = await db().selectFrom("audit_log").select("action").where("entity_id", "=", String(userId)).execute();
    expect(actions.map((a) => a.action)).toEqual(["invite", "set_password"]);
  });

  it("store only a hash of the token", async () => {
    const { token } = await invite();
    const rows = await db().selectFrom("invites").select("token_hash").execute();
    expect(rows[0].token_hash).not.toContain(token);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuse an e-mail that is taken, a unit that does not exist and a person who already has a login", async () => {
    await invite();
    const coordinator = await insertUser(db(), { role: "coordinator" });
    const base = { name: "X", careUnitId: null, personId: null, invitedBy: coordinator };
    expect(await inviteUser(db(), { ...base, email: "ny.person@example.se", role: "coordinator" })).toEqual({ field: "email", error: "users.emailTaken" });
    expect(await inviteUser(db(), { ...base, email: "a@example.se", role: "requester", careUnitId: 9999 })).toEqual({
      field: "careUnitId",
      error: "users.unitRequired",
    });
    const person = await insertPerson(db());
    await insertUser(db(), { role: "volunteer", person_id: person });
    expect(await inviteUser(db(), { ...base, email: "b@example.se", role: "volunteer", personId: person })).toEqual({
      field: "personId",
      error: "users.personRequired",
    });
    const unit = await insertCareUnit(db());
    expect(await inviteUser(db(), { ...base, email: "c@example.se", role: "requester", careUnitId: unit })).toHaveProperty("token");
  });
});
