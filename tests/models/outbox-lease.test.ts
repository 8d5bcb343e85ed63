// Issue N: two senders on one database and a slow SMTP server. A lease that covered a whole batch ran out mid-batch at
// 8 s a message, the other sender took the rest, and messages went twice; each message's lease is now renewed just
// before it is sent. Failed messages can be retried all at once, and are retried once by themselves when sending works again.
import { CLAIM_LEASE_MS, MAX_ATTEMPTS } from "~/domain/mail/delivery";
import { retryAllFailed } from "~/models/outbox-admin.server";
import { createOutboxSender } from "~/models/outbox-sender.server";
import { enqueue } from "~/models/outbox.server";
import { db } from "~/utils/db.server";
import type { MailTransport, OutgoingMail } from "~/utils/mail-transport.server";
import { offerMadeEvent } from "../domain/mail-events";

const T0 = new Date("2026-03-02T08:00:00.000Z");
const FROM = "Levande <noreply@example.se>";
const SEND_MS = 8_000;

async function messages(count: number) {
  for (let n = 1; n <= count; n++) {
    await enqueue(db(), { to: [{ email: `person${n}@example.se`, userId: null, locale: "sv" }], event: offerMadeEvent({ title: `Föreläsning ${n}` }), key: `lease:${n}`, now: T0 });
  }
}

/** An SMTP server that takes 8 s of the shared clock per message, and yields so the other sender runs meanwhile. */
function slowSink(clock: { ms: number }) {
  const delivered: string[] = [];
  const transport: MailTransport = {
    async send(mail: OutgoingMail) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      clock.ms += SEND_MS;
      delivered.push(mail.to);
    },
    close() {},
  };
  return { delivered, transport };
}

describe("two senders and a slow SMTP server", () => {
  it("deliver each of 60 messages once, though a batch takes longer than its lease", async () => {
    await messages(60);
    const clock = { ms: T0.getTime() };
    const sink = slowSink(clock);
    const sender = (workerId: string) => createOutboxSender({ db: db(), transport: sink.transport, from: FROM, now: () => new Date(clock.ms), workerId });
    // 20 messages at 8 s is 160 s, past the 2-minute lease.
    expect(20 * SEND_MS).toBeGreaterThan(CLAIM_LEASE_MS);
    const [a, b] = await Promise.all([sender("a").runOnce({ schedule: false }), sender("b").runOnce({ schedule: false })]);
    expect(sink.delivered).toHaveLength(60);
    expect(new Set(sink.delivered).size).toBe(60);
    expect(a.sent + b.sent).toBe(60);
    const rows = await db().selectFrom("outbox").select(["sent_at", "attempts"]).execute();
    expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
  });
});

/** A transport that refuses while `down` is true. */
function flakySink() {
  const state = { down: true, delivered: [] as string[] };
  const transport: MailTransport = {
    async send(mail: OutgoingMail) {
      if (state.down) throw new Error("421 Tjänsten är inte tillgänglig");
      state.delivered.push(mail.to);
    },
    close() {},
  };
  return { state, transport };
}

/** `count` messages sent into an SMTP outage until every attempt has failed; the clock, the sink and the sender. */
async function afterAnOutage(count: number) {
  await messages(count);
  const clock = { ms: T0.getTime() };
  const sink = flakySink();
  const sender = createOutboxSender({ db: db(), transport: sink.transport, from: FROM, now: () => new Date(clock.ms), workerId: "w" });
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    await sender.runOnce({ schedule: false });
    clock.ms += 24 * 3600_000;
  }
  return { clock, sink, sender };
}

const failed = async () => (await db().selectFrom("outbox").select("id").where("failed_at", "is not", null).execute()).length;

describe("failed messages", () => {
  it("are all retried at once by a coordinator, and audited", async () => {
    const { clock, sink, sender } = await afterAnOutage(3);
    expect(await failed()).toBe(3);
    expect(await retryAllFailed(db(), { coordinatorId: null, now: new Date(clock.ms) })).toBe(3);
    expect(await failed()).toBe(0);
    sink.state.down = false;
    expect((await sender.runOnce({ schedule: false })).sent).toBe(3);
    expect(await db().selectFrom("audit_log").select("action").where("entity", "=", "outbox").execute()).toEqual([{ action: "retry_all" }]);
  });

  it("are retried once by themselves as soon as a message goes through again", async () => {
    const { clock, sink, sender } = await afterAnOutage(3);
    expect(await failed()).toBe(3);
    // The server is back: a new message goes, and the three that failed are due again and go too.
    sink.state.down = false;
    await enqueue(db(), { to: [{ email: "ny@example.se", userId: null, locale: "sv" }], event: offerMadeEvent({ title: "Ny" }), key: "lease:new", now: new Date(clock.ms) });
    await sender.runOnce({ schedule: false });
    await sender.runOnce({ schedule: false });
    expect([...sink.state.delivered].sort()).toEqual(["ny@example.se", "person1@example.se", "person2@example.se", "person3@example.se"]);
    expect(await failed()).toBe(0);
  });

  it("that fail again after their automatic retry stay failed until a coordinator retries them", async () => {
    const { clock, sink } = await afterAnOutage(1);
    // One recipient's server refuses for good while others work: its message is retried once, then left failed.
    const refusing: MailTransport = {
      async send(mail) {
        if (mail.to === "person1@example.se") throw new Error("550 Ingen sådan brevlåda");
        sink.state.delivered.push(mail.to);
      },
      close() {},
    };
    const again = createOutboxSender({ db: db(), transport: refusing, from: FROM, now: () => new Date(clock.ms), workerId: "w2" });
    for (let n = 1; n <= 3; n++) {
      await enqueue(db(), { to: [{ email: `other${n}@example.se`, userId: null, locale: "sv" }], event: offerMadeEvent({ title: `Annan ${n}` }), key: `lease:other${n}`, now: new Date(clock.ms) });
      await again.runOnce({ schedule: false });
      clock.ms += 24 * 3600_000;
    }
    expect(await failed()).toBe(1);
    const row = await db().selectFrom("outbox").select(["attempts", "auto_retried_at"]).where("recipient_email", "=", "person1@example.se").executeTakeFirstOrThrow();
    expect(row.attempts).toBe(MAX_ATTEMPTS + 1);
    expect(row.auto_retried_at).not.toBeNull();
  });
});
