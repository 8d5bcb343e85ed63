// Sessions in the database: the idle timeout per role, the throttled renewal, and that renewal leaves the read-model caches alone.
import { createSession, deleteUserSessions, getSessionUser, readSession } from "~/models/sessions.server";
import { dataVersion } from "~/utils/data-version.server";
import { db } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import { insertUser } from "../../db/insert-rows";

const MIN = 60_000;
const HOUR = 60 * MIN;
const t0 = new Date("2026-12-06T08:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

const lastSeen = async (id: string) =>
  (await db().selectFrom("sessions").select("last_seen_at").where("id_hash", "=", sha256(id)).executeTakeFirstOrThrow()).last_seen_at;

describe("sessions", () => {
  it("a new session records the sign-in on the user and counts as used now", async () => {
    const userId = await insertUser(db(), { role: "volunteer" });
    const id = await createSession(db(), userId, t0);
    expect(await lastSeen(id)).toBe(t0.toISOString());
    const user = await db().selectFrom("users").select("last_login_at").where("id", "=", userId).executeTakeFirstOrThrow();
    expect(user.last_login_at).toBe(t0.toISOString());
  });

  it("ends a coordinator's session after 30 idle minutes and a volunteer's after 8 hours", async () => {
    const coordinator = () => insertUser(db(), { role: "coordinator" });
    const volunteer = () => insertUser(db(), { role: "volunteer" });
    const [c1, c2, v1, v2, v3] = [
      await createSession(db(), await coordinator(), t0),
      await createSession(db(), await coordinator(), t0),
      await createSession(db(), await volunteer(), t0),
      await createSession(db(), await volunteer(), t0),
      await createSession(db(), await volunteer(), t0),
    ];
    expect((await readSession(db(), c1, at(30 * MIN - 1))).state).toBe("active");
    expect(await readSession(db(), c2, at(30 * MIN))).toEqual({ state: "idle" });
    expect(await getSessionUser(db(), c2, at(30 * MIN))).toBeUndefined();
    expect((await readSession(db(), v1, at(30 * MIN))).state).toBe("active");
    expect((await readSession(db(), v2, at(8 * HOUR - 1))).state).toBe("active");
    expect(await readSession(db(), v3, at(8 * HOUR))).toEqual({ state: "idle" });
  });

  it("use renews the idle timeout, up to the absolute 7 days", async () => {
    const id = await createSession(db(), await insertUser(db(), { role: "coordinator" }), t0);
    for (let m = 20; m < 7 * 24 * 60; m += 20) expect((await readSession(db(), id, at(m * MIN))).state).toBe("active");
    expect(await readSession(db(), id, at(7 * 24 * HOUR))).toEqual({ state: "none" });
  });

  it("writes the last use at most once a minute", async () => {
    const id = await createSession(db(), await insertUser(db(), { role: "requester" }), t0);
    await readSession(db(), id, at(MIN - 1));
    expect(await lastSeen(id)).toBe(t0.toISOString());
    await readSession(db(), id, at(MIN));
    expect(await lastSeen(id)).toBe(at(MIN).toISOString());
    await readSession(db(), id, at(MIN + 30_000));
    expect(await lastSeen(id)).toBe(at(MIN).toISOString());
  });

  it("an idle session is not renewed by a later visit", async () => {
    const id = await createSession(db(), await insertUser(db(), { role: "coordinator" }), t0);
    expect((await readSession(db(), id, at(31 * MIN))).state).toBe("idle");
    expect(await lastSeen(id)).toBe(t0.toISOString());
    expect((await readSession(db(), id, at(31 * MIN))).state).toBe("idle");
  });

  it("renewing the last use does not invalidate the read models' caches", async () => {
    const id = await createSession(db(), await insertUser(db(), { role: "volunteer" }), t0);
    const before = await dataVersion(db());
    await readSession(db(), id, at(5 * MIN));
    expect(await lastSeen(id)).toBe(at(5 * MIN).toISOString());
    expect(await dataVersion(db())).toBe(before);
  });

  it("a disabled user, an unknown id and ended sessions read as no session", async () => {
    const userId = await insertUser(db(), { role: "volunteer" });
    const id = await createSession(db(), userId, t0);
    const other = await createSession(db(), userId, t0);
    expect(await readSession(db(), "okänt-id", at(MIN))).toEqual({ state: "none" });
    expect(await deleteUserSessions(db(), userId)).toBe(2);
    expect(await readSession(db(), other, at(MIN))).toEqual({ state: "none" });
    const again = await createSession(db(), userId, t0);
    await db().updateTable("users").set({ disabled_at: t0.toISOString() }).where("id", "=", userId).execute();
    expect(await readSession(db(), again, at(MIN))).toEqual({ state: "none" });
    expect(id).not.toBe(again);
  });

  it("an active session returns the user without secrets", async () => {
    const userId = await insertUser(db(), { role: "coordinator", email: "sara@example.se", name: "Sara", passwordHash: "scrypt$x" });
    const id = await createSession(db(), userId, t0);
    const read = await readSession(db(), id, at(MIN));
    expect(read).toEqual({
      state: "active",
      user: { id: userId, email: "sara@example.se", name: "Sara", role: "coordinator", care_unit_id: null, person_id: null, locale: "sv" },
    });
  });
});
