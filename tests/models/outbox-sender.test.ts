// The sender against a real SMTP server: delivery, retry with back-off, giving up, two racing processes, a crash mid-send.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { MAX_ATTEMPTS } from "~/domain/mail/delivery";
import { createOutboxSender } from "~/models/outbox-sender.server";
import { enqueue } from "~/models/outbox.server";
import { db } from "~/utils/db.server";
import { fileTransport, smtpTransport, type MailTransport } from "~/utils/mail-transport.server";
import ICAL from "ical.js";
import { EVERY_EVENT, offerMadeEvent } from "../domain/mail-events";
import { icsAttachment, mimeParts } from "../setup/mime";
import { race } from "../setup/race";
import { smtpSink, type Received } from "../setup/smtp-sink";

const T0 = new Date("2026-03-02T08:00:00.000Z");
const FROM = "Levande <noreply@example.se>";
const at = (ms: number) => new Date(T0.getTime() + ms);

async function message(n: number) {
  await enqueue(db(), {
    to: [{ email: `person${n}@example.se`, userId: null, locale: "sv" }],
    event: offerMadeEvent({ title: `Föreläsning ${n}` }),
    key: `test:${n}`,
    now: T0,
  });
}

/** Enough of RFC 2045 to read the test's own messages: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

const rows = () => db().selectFrom("outbox").selectAll().orderBy("id").execute();
const messageIds = (received: Received[]) => received.map((r) => r.messageId).sort();
const crashingChild = (args: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", "tests/models/outbox-sender.child.ts", "crash", ...args]);

describe("outbox sender", () => {
  it("delivers a message to the SMTP server once and marks it sent", async () => {
    const server = await smtpSink();
    await message(1);
    const sender = createOutboxSender({ db: db(), transport: smtpTransport(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => T0 });
    expect(await sender.runOnce({ schedule: false })).toEqual({ scheduled: 0, sent: 1, failed: 0 });
    expect(await sender.runOnce({ schedule: false })).toEqual({ scheduled: 0, sent: 0, failed: 0 });
    await server.close();
    expect(server.received).toHaveLength(1);
    expect(server.received[0].to).toEqual(["person1@example.se"]);
    const mail = decodeQuotedPrintable(server.received[0].raw);
    expect(mail).toMatch(/^Subject: =\?UTF-8\?Q\?Nytt_erbjudande:_/m);
    expect(mail).toContain("En vårdenhet vill låna dig till ”Föreläsning 1”.");
    expect(mail).toContain("Tid: 10 mars 2026 10:00");
    expect(mail).toContain("Svara senast 5 mars 2026 13:00.");
    expect(mail).toContain("Svara på erbjudandet: http://localhost:3000/volunteer/offers");
    expect(await rows()).toMatchObject([{ sent_at: T0.toISOString(), attempts: 1, claimed_by: null, last_error: null }]);
  });

  it("retries after the server first refuses, with back-off, and then delivers once", async () => {
    const server = await smtpSink({ refuse: 1 });
    await message(1);
    let now = T0;
    const sender = createOutboxSender({ db: db(), transport: smtpTransport(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => now });
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 0, failed: 1 });
    const [failed] = await rows();
    expect(failed).toMatchObject({ attempts: 1, sent_at: null, failed_at: null, next_attempt_at: at(30_000).toISOString() });
    expect(failed.last_error).toContain("451");
    now = at(29_000);
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 0, failed: 0 });
    now = at(30_000);
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 1, failed: 0 });
    await server.close();
    expect(server.received).toHaveLength(1);
    expect(await rows()).toMatchObject([{ attempts: 2, sent_at: at(30_000).toISOString() }]);
  });

  it("gives up after MAX_ATTEMPTS and shows the message as failed", async () => {
    await message(1);
    let now = T0;
    const broken: MailTransport = { send: async () => Promise.reject(new Error("connect ECONNREFUSED")), close: () => {} };
    const sender = createOutboxSender({ db: db(), transport: broken, from: FROM, now: () => now });
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await sender.runOnce({ schedule: false });
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    }
    expect(await rows()).toMatchObject([{ attempts: MAX_ATTEMPTS, sent_at: null, failed_at: expect.any(String), last_error: "connect ECONNREFUSED" }]);
  });

  it("writes an .eml file per message when there is no SMTP server", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-eml-"));
    await message(1);
    const sender = createOutboxSender({ db: db(), transport: fileTransport(dir), from: FROM, now: () => T0 });
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 1 });
    const [id] = (await rows()).map((r) => r.id);
    const eml = fs.readFileSync(path.join(dir, `${String(id).padStart(6, "0")}.eml`), "utf8");
    expect(eml).toContain(`Message-ID: <outbox-${id}@levande>`);
    expect(eml).toContain("To: person1@example.se");
    expect(fs.readdirSync(dir)).toEqual([`${String(id).padStart(6, "0")}.eml`]);
    // Only the recipient's own account may read a mail that can carry a sign-in link.
    expect(fs.statSync(path.join(dir, `${String(id).padStart(6, "0")}.eml`)).mode & 0o777).toBe(0o600);
  });

  it("a booking's calendar invitation reaches the SMTP server and the .eml file: iMIP part and invitation.ics, the feed's UID", async () => {
    const server = await smtpSink();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-eml-"));
    await enqueue(db(), { to: [{ email: "bok@example.se", userId: null, locale: "sv" }], event: EVERY_EVENT.booking_confirmed_volunteer, key: "test:booked", now: T0 });
    await enqueue(db(), { to: [{ email: "bok@example.se", userId: null, locale: "en" }], event: EVERY_EVENT.request_cancelled_booked, key: "test:cancelled", now: T0 });
    const [booked, cancelled] = await rows();
    expect(booked.attachment_ics).toContain("METHOD:REQUEST");
    expect(cancelled.attachment_ics).toContain("METHOD:CANCEL");

    const smtpSender = createOutboxSender({ db: db(), transport: smtpTransport(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => T0 });
    expect(await smtpSender.runOnce({ schedule: false })).toMatchObject({ sent: 2 });
    await server.close();
    await db().updateTable("outbox").set({ sent_at: null, attempts: 0 }).execute();
    const fileSender = createOutboxSender({ db: db(), transport: fileTransport(dir), from: FROM, now: () => T0 });
    expect(await fileSender.runOnce({ schedule: false })).toMatchObject({ sent: 2 });
    const eml = (id: number) => fs.readFileSync(path.join(dir, `${String(id).padStart(6, "0")}.eml`), "utf8");

    for (const [raw, method, sequence, status] of [
      [server.received[0].raw, "REQUEST", 0, "CONFIRMED"],
      [eml(booked.id), "REQUEST", 0, "CONFIRMED"],
      [server.received[1].raw, "CANCEL", 1, "CANCELLED"],
      [eml(cancelled.id), "CANCEL", 1, "CANCELLED"],
    ] as const) {
      const calendarPart = mimeParts(raw).find((p) => (p.headers["content-type"] ?? "").startsWith("text/calendar"));
      expect(calendarPart?.headers["content-type"]).toContain(`method=${method}`);
      const calendar = new ICAL.Component(ICAL.parse(icsAttachment(raw)!));
      expect(calendar.getFirstPropertyValue("method")).toBe(method);
      const event = calendar.getFirstSubcomponent("vevent")!;
      expect(event.getFirstPropertyValue("uid")).toBe("assignment-7@levande");
      expect(event.getFirstPropertyValue("sequence")).toBe(sequence);
      expect(event.getFirstPropertyValue("status")).toBe(status);
      // The organizer is MAIL_FROM, the address replies would go to.
      expect(String(event.getFirstPropertyValue("organizer"))).toMatch(/^mailto:noreply@/);
      expect(String(event.getFirstPropertyValue("attendee")).toLowerCase()).toBe("mailto:bok@example.se");
    }
    // Each recipient's invitation is in their own language.
    expect(icsAttachment(server.received[1].raw)).toContain("CANCELLED – Levande library");
  });

  it("keeps no usable invite link in the outbox once the mail has gone (the table lands in every backup)", async () => {
    const server = await smtpSink();
    const token = "A".repeat(43);
    await enqueue(db(), {
      to: [{ email: "ny@example.se", userId: null, locale: "sv" }],
      event: { kind: "invite", name: "Ny Person", token, expiresAt: "2026-03-05T08:00:00.000Z" },
      key: "test:invite",
      now: T0,
    });
    expect((await rows())[0].body_text).toContain(token);
    const sender = createOutboxSender({ db: db(), transport: smtpTransport(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => T0 });
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 1 });
    await server.close();
    expect(decodeQuotedPrintable(server.received[0].raw).replace(/=\r?\n/g, "")).toContain(token);
    const [sent] = await rows();
    expect(sent.body_text).not.toContain(token);
    expect(sent.body_html).not.toContain(token);
    expect(sent.body_text).toContain("/invite/");
  });

  it("two sender processes racing on one database file send every message exactly once", { timeout: 60_000 }, async () => {
    const server = await smtpSink();
    for (let n = 1; n <= 30; n++) await message(n);
    const outputs = await race("tests/models/outbox-sender.child.ts", [1, 2].map(() => ["send", process.env.DATABASE_URL!, String(server.port), T0.toISOString()]));
    expect(outputs.map((o) => o.code)).toEqual([0, 0]);
    const results = outputs.map((o) => JSON.parse(o.stdout) as { sent: number; failed: number });
    await server.close();
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(30);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    expect(server.received).toHaveLength(30);
    expect(new Set(messageIds(server.received)).size).toBe(30);
    expect((await rows()).every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
  });

  it("a sender that dies between claim and send loses nothing: the lease runs out and the message goes once", { timeout: 60_000 }, async () => {
    const server = await smtpSink();
    await message(1);
    const crashed = await crashingChild([process.env.DATABASE_URL!, T0.toISOString()]).then(
      () => null,
      (error: { code?: number; stdout?: string }) => error,
    );
    expect(crashed).toMatchObject({ code: 1, stdout: JSON.stringify({ claimed: 1 }) });
    expect(await rows()).toMatchObject([{ claimed_by: "doomed", sent_at: null }]);

    let now = at(60_000);
    const sender = createOutboxSender({ db: db(), transport: smtpTransport(`smtp://127.0.0.1:${server.port}`), from: FROM, now: () => now });
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 0 });
    now = at(2 * 60_000 + 1);
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 1 });
    expect(await sender.runOnce({ schedule: false })).toMatchObject({ sent: 0 });
    await server.close();
    expect(server.received).toHaveLength(1);
  });
});
