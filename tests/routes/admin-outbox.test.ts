// /admin/outbox: coordinators only; newest first with status, errors and next attempt; retrying a failed message.
import { enqueue } from "~/models/outbox.server";
import * as outboxRoute from "~/routes/admin.outbox";
import { db } from "~/utils/db.server";
import { offerMadeEvent } from "../domain/mail-events";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

const T0 = new Date("2026-03-02T08:00:00.000Z");

async function message(n: number) {
  await enqueue(db(), {
    to: [{ email: `person${n}@example.se`, userId: null, locale: "sv" }],
    event: offerMadeEvent({ title: `Föreläsning ${n}`, startsAt: null, replyBy: null }),
    key: `test:${n}`,
    now: T0,
  });
}

describe("/admin/outbox", () => {
  it("is for coordinators only", async () => {
    for (const role of ["requester", "volunteer"] as const) {
      const cookie = await cookieFor(await insertUser(db(), { role }));
      expect((await call(outboxRoute.loader, getRequest("/admin/outbox", { cookie }))).status).toBe(403);
      expect((await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retry", id: "1" }, { cookie }))).status).toBe(403);
    }
    expect((await call(outboxRoute.loader, getRequest("/admin/outbox"))).status).toBe(302);
  });

  it("lists the messages newest first with their status, and pages back to older ones", async () => {
    const cookie = await cookieFor(await insertUser(db()));
    expect((await call(outboxRoute.loader, getRequest("/admin/outbox", { cookie }))).data).toEqual({ messages: [], olderFrom: null, failed: 0 });
    for (let n = 1; n <= 52; n++) await message(n);
    await db().updateTable("outbox").set({ sent_at: T0.toISOString() }).where("recipient_email", "=", "person52@example.se").execute();
    await db().updateTable("outbox").set({ failed_at: T0.toISOString(), attempts: 8, last_error: "550 Mailbox unavailable" }).where("recipient_email", "=", "person51@example.se").execute();
    const first = await call(outboxRoute.loader, getRequest("/admin/outbox", { cookie }));
    expect(first.data.messages).toHaveLength(50);
    expect(first.data.messages.slice(0, 3)).toMatchObject([
      { recipient: "person52@example.se", status: "sent", nextAttemptAt: null },
      { recipient: "person51@example.se", status: "failed", attempts: 8, lastError: "550 Mailbox unavailable" },
      { recipient: "person50@example.se", status: "pending", subject: "Nytt erbjudande: Föreläsning 50", nextAttemptAt: T0.toISOString() },
    ]);
    expect(first.data.messages[2].text).toContain("http://localhost:3000/volunteer/offers");
    const older = await call(outboxRoute.loader, getRequest(`/admin/outbox?fore=${first.data.olderFrom}`, { cookie }));
    expect(older.data.messages.map((m: { recipient: string }) => m.recipient)).toEqual(["person2@example.se", "person1@example.se"]);
    expect(older.data.olderFrom).toBeNull();
  });

  it("retries a failed message now; a sent, unknown or malformed one is refused", async () => {
    const cookie = await cookieFor(await insertUser(db()));
    await message(1);
    await message(2);
    const [failed, sent] = await db().selectFrom("outbox").select("id").orderBy("id").execute();
    await db().updateTable("outbox").set({ failed_at: T0.toISOString(), attempts: 8, next_attempt_at: "2026-03-02T09:00:00.000Z" }).where("id", "=", failed.id).execute();
    await db().updateTable("outbox").set({ sent_at: T0.toISOString() }).where("id", "=", sent.id).execute();

    const retried = await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retry", id: String(failed.id) }, { cookie }));
    expect(retried).toMatchObject({ status: 302, location: "/admin/outbox?igen=1" });
    const row = await db().selectFrom("outbox").selectAll().where("id", "=", failed.id).executeTakeFirstOrThrow();
    expect(row.failed_at).toBeNull();
    expect(Date.parse(row.next_attempt_at)).toBeLessThanOrEqual(Date.now());

    expect((await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retry", id: String(sent.id) }, { cookie }))).status).toBe(404);
    expect((await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retry", id: "999999" }, { cookie }))).status).toBe(404);
    expect((await call(outboxRoute.action, postRequest("/admin/outbox", {}, { cookie }))).status).toBe(400);
    expect((await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retry", id: "1; drop" }, { cookie }))).status).toBe(400);
  });

  it("retries every failed message at once, says how many, and offers it only while some have failed", async () => {
    const cookie = await cookieFor(await insertUser(db()));
    for (let n = 1; n <= 3; n++) await message(n);
    await db().updateTable("outbox").set({ failed_at: T0.toISOString(), attempts: 8 }).where("recipient_email", "!=", "person3@example.se").execute();
    expect((await call(outboxRoute.loader, getRequest("/admin/outbox", { cookie }))).data.failed).toBe(2);
    const reply = await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retryAll" }, { cookie }));
    expect(reply.location).toBe("/admin/outbox?allaIgen=2");
    expect((await call(outboxRoute.loader, getRequest("/admin/outbox", { cookie }))).data.failed).toBe(0);
    expect(await db().selectFrom("outbox").select("id").where("failed_at", "is not", null).execute()).toEqual([]);
    const bad = await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retryAll", id: "1", extra: "x" }, { cookie }));
    expect(bad.status).toBe(302);
    for (const role of ["requester", "volunteer"] as const) {
      const other = await cookieFor(await insertUser(db(), { role }));
      expect((await call(outboxRoute.action, postRequest("/admin/outbox", { intent: "retryAll" }, { cookie: other }))).status).toBe(403);
    }
  });
});
