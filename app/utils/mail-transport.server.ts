// How a composed e-mail leaves the building: SMTP when SMTP_URL is set, otherwise an .eml file per message.
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { localDataDir } from "../../db/create-db";
import type { Env } from "./env.server";

export interface OutgoingMail {
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A calendar invitation (METHOD:REQUEST or CANCEL), sent as the iMIP part and as an .ics file. */
  ics?: string | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A stable Message-ID: if a lease ran out mid-send and the message went twice, mail clients can fold the copies.
 * An invitation goes twice, as calendar invitations usually do: a text/calendar part that Outlook and Gmail act on,
 * and an invitation.ics file for every other client.
 */
function options(mail: OutgoingMail) {
  const base = { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<outbox-${mail.id}@levande>` };
  if (!mail.ics) return base;
  const method = /^METHOD:(\w+)\r?$/m.exec(mail.ics)?.[1] ?? "REQUEST";
  return {
    ...base,
    icalEvent: { method, content: mail.ics },
    attachments: [{ filename: "invitation.ics", content: mail.ics, contentType: `application/ics; method=${method}` }],
  };
}

/** Timeouts well under the claim lease, so a hung server cannot make a message's lease run out mid-send. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url, { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 30_000 } as never);
  return {
    async send(mail) {
      await transporter.sendMail(options(mail));
    },
    close: () => transporter.close(),
  };
}

/** Writes the RFC 822 source to DIR/<id>.eml (through a temporary file, so a half-written file never appears). */
export function fileTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(mail) {
      const info = await transporter.sendMail(options(mail));
      await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
      const file = path.join(dir, `${String(mail.id).padStart(6, "0")}.eml`);
      // Owner only: a mail can carry a one-time sign-in link.
      await fs.promises.writeFile(`${file}.tmp`, info.message as Buffer, { mode: 0o600 });
      await fs.promises.rename(`${file}.tmp`, file);
    },
    close: () => transporter.close(),
  };
}

/** Without OUTBOX_DIR the files go to outbox/ next to the SQLite file, or to data/outbox on PostgreSQL. */
export function outboxDir(env: Pick<Env, "OUTBOX_DIR" | "DATABASE_URL">): string {
  return env.OUTBOX_DIR ? path.resolve(env.OUTBOX_DIR) : path.join(localDataDir(env.DATABASE_URL), "outbox");
}

export function transportFromEnv(env: Pick<Env, "SMTP_URL" | "OUTBOX_DIR" | "DATABASE_URL">): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport(outboxDir(env));
}
