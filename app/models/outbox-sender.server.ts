// The sender loop: runs the schedule, the open call's weekly digest and the self-efficacy surveys (and the hourly purge), claims due messages,
// sends them, and records each outcome.
import crypto from "node:crypto";
import os from "node:os";
import { onceAcrossServers } from "../../db/dialect";
import { db as appDb, type DB } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { transportFromEnv, type MailTransport } from "~/utils/mail-transport.server";
import { purgeStale, PURGE_EVERY_MS } from "./maintenance.server";
import { runOpenCallDigests } from "./open-call-digest.server";
import { claimDue, holdLease, markFailed, markSent, requeueFailedOnce } from "./outbox.server";
import { runSchedule } from "./reminders.server";
import { sendDueSurveys } from "./survey.server";

const BATCH = 20;
/** The advisory lock (PostgreSQL) under which one server at a time runs the schedule, digests, surveys and purge. */
export const SCHEDULE_LOCK = 7_046_112_003;
/** Reminders and expiry are day- and hour-scale: once a minute is plenty, while sending runs every tick. */
const SCHEDULE_EVERY_MS = 60_000;

export interface SenderOptions {
  db: DB;
  transport: MailTransport;
  from: string;
  now?: () => Date;
  workerId?: string;
}

export interface RunResult {
  scheduled: number;
  sent: number;
  failed: number;
}

export function createOutboxSender({ db, transport, from, now = () => new Date(), workerId = `${os.hostname()}:${process.pid}:${crypto.randomUUID()}` }: SenderOptions) {
  let lastSchedule = -Infinity;
  let lastPurge = -Infinity;

  /** Sends every message due now, batch after batch; with `schedule`, runs the schedule first. */
  async function runOnce({ schedule = true } = {}): Promise<RunResult> {
    const result: RunResult = { scheduled: 0, sent: 0, failed: 0 };
    if (schedule) {
      // Once per cluster: the server that finds another one running the schedule leaves it to that one this time.
      await onceAcrossServers(db, SCHEDULE_LOCK, async () => {
        result.scheduled = (await runSchedule(db, now())) + (await runOpenCallDigests(db, now())) + (await sendDueSurveys(db, now()));
        if (now().getTime() - lastPurge >= PURGE_EVERY_MS) {
          // Marked before it runs: a failing purge is reported once and tried again in an hour, not on every tick.
          lastPurge = now().getTime();
          await purgeStale(db, now());
        }
      });
      lastSchedule = now().getTime();
    }
    for (;;) {
      const batch = await claimDue(db, { workerId, now: now(), limit: BATCH });
      if (batch.length === 0) return result;
      for (const row of batch) {
        // The batch's lease may have run out while earlier messages went slowly: renew it for this one, or leave it
        // to the sender that took it meanwhile.
        if (!(await holdLease(db, { id: row.id, workerId, now: now() }))) continue;
        try {
          await transport.send({ id: row.id, from, to: row.recipient_email, subject: row.subject, text: row.body_text, html: row.body_html, ics: row.attachment_ics });
          await markSent(db, { id: row.id, workerId, now: now(), text: row.body_text, html: row.body_html });
          result.sent++;
          if (result.sent === 1) await requeueFailedOnce(db, now());
        } catch (error) {
          await markFailed(db, { id: row.id, workerId, attempts: row.attempts, error: error instanceof Error ? error.message : String(error), now: now() });
          result.failed++;
        }
      }
    }
  }

  /** Runs every `intervalMs` until stopped; one run at a time, and the timer never keeps the process alive. */
  function start(intervalMs: number, onError: (error: unknown) => void): () => Promise<void> {
    let running: Promise<unknown> = Promise.resolve();
    let stopped = false;
    const tick = () => {
      running = runOnce({ schedule: now().getTime() - lastSchedule >= SCHEDULE_EVERY_MS }).catch(onError);
      void running.then(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
    };
    let timer = setTimeout(tick, 0).unref();
    return async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    };
  }

  return { runOnce, start };
}

/**
 * The production loop, on the app's own database handle: one better-sqlite3 connection per process, so the
 * sender's transactions queue behind the requests' instead of blocking the event loop on a second connection.
 */
export function startOutboxSender(intervalMs = 5_000): () => Promise<void> {
  const sender = createOutboxSender({ db: appDb(), transport: transportFromEnv(env()), from: env().MAIL_FROM });
  return sender.start(intervalMs, (error) => console.error("Utkorgen:", error instanceof Error ? error.message : error));
}
