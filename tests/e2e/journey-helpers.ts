// Steps the hand-off browser tests share: a care unit's request form, the server's database as time passing would
// change it, signing in as a volunteer the demo gave no password, the mailbox with its calendar files, the feed.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { addDays, instantToLocal, weekdayOf } from "~/domain/stockholm-time";
import { icsAttachment, mimeParts } from "../setup/mime";
import { SCREENSHOT_DIR, seriousViolations, type RunningServer } from "./server";

export const PHONE = { viewport: { width: 375, height: 812 }, locale: "sv-SE" } as const;
export const DEMO_PASSWORD = "levande-demo-2026";

/** axe on the page as it is now, and a full-page screenshot named `<prefix>-<name>-375.png` to look at. */
export function pageCheck(prefix: string) {
  return async (page: Page, name: string) => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${prefix}-${name}-375.png`), fullPage: true });
  };
}

/**
 * Waits until React has hydrated the whole document (the <html> element, whose fiber completes last, carries React's
 * key). A click on a reloadDocument form while React 18 still hydrates now and then logs "Root did not complete" (#345)
 * as the page unloads, although the submission itself works; waiting for the network to go idle was not enough on a
 * loaded machine.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.documentElement).some((key) => key.startsWith("__reactFiber$")));
}

/** The server's database file, written to directly as time passing would. */
export function serverDatabase<T>(server: RunningServer, work: (sqlite: SQLite.Database) => T): T {
  const sqlite = new SQLite(path.join(path.dirname(server.outboxDir), "levande.db"));
  sqlite.pragma("busy_timeout = 5000");
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

/** A Tuesday or Wednesday two weeks ahead or more: a working day most of the demo's volunteers are free. */
export function slotDate(): string {
  let date = addDays(instantToLocal(new Date()).date, 14);
  while (![2, 3].includes(weekdayOf(date))) date = addDays(date, 1);
  return date;
}

/** The signed-in care unit asks for a book: a lecture for staff at 10:00 on `date`; returns the new request's id. */
export async function submitRequest(page: Page, baseUrl: string, { title, date }: { title: string; date: string }): Promise<number> {
  await page.goto(`${baseUrl}/unit/requests/new`);
  await page.getByRole("radio", { name: /^Bok – / }).check();
  await page.getByLabel("Form").selectOption("lecture");
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("radio", { name: "Personal" }).check();
  await page.getByLabel("Ungefär hur många?").fill("20");
  await page.getByLabel("Adress").fill("Huskvarnavägen 1, samlingssalen");
  const slot = page.getByRole("group", { name: "Tidsförslag 1" });
  await slot.getByLabel("Datum").fill(date);
  await slot.getByLabel("Starttid").fill("10:00");
  await slot.getByLabel("Längd i minuter").fill("60");
  await page.getByLabel("Telefon").fill("036-10 20 30");
  await page.getByRole("button", { name: "Skicka förfrågan" }).click();
  await page.waitForURL(/\/unit\/requests\/\d+/);
  return Number(/\/unit\/requests\/(\d+)/.exec(page.url())![1]);
}

/** The demo gives only the demo volunteer a password; another volunteer gets the same one and signs in with it. */
export async function signInAsVolunteer(page: Page, server: RunningServer, email: string): Promise<void> {
  serverDatabase(server, (db) => db.prepare("update users set password_hash = (select password_hash from users where email = 'volontar@example.se') where email = ?").run(email));
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(/\/volunteer/);
}

export interface Mail {
  raw: string;
  /** The text part, decoded. */
  text: string;
  /** The attached invitation.ics, if any. */
  ics: string | undefined;
}

/** Every .eml the server wrote, raw, with its text part and calendar file decoded. */
export function mailbox(server: RunningServer): Mail[] {
  if (!fs.existsSync(server.outboxDir)) return [];
  return fs
    .readdirSync(server.outboxDir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => fs.readFileSync(path.join(server.outboxDir, f), "utf8"))
    .map((raw) => ({ raw, text: mimeParts(raw).find((p) => (p.headers["content-type"] ?? "").startsWith("text/plain"))?.body ?? "", ics: icsAttachment(raw) }));
}

/** The mail to `to` whose text matches `pattern`, waiting up to 20 s for the outbox to send it. */
export async function mailWith(server: RunningServer, to: string, pattern: RegExp): Promise<Mail> {
  const addressed = new RegExp(`^To: ${to.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m");
  let found: Mail | undefined;
  await expect
    .poll(() => (found = mailbox(server).find((m) => addressed.test(m.raw) && pattern.test(m.text))) !== undefined, { timeout: 20_000, interval: 250 })
    .toBe(true);
  return found!;
}

/** An .ics file as ical.js reads it: the METHOD and its first event. */
export function invitation(ics: string): { method: string; uid: string; sequence: number; status: string } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: String(event.getFirstPropertyValue("status")),
  };
}

/** The events of a calendar feed, read with ical.js. */
export async function feedEvents(url: string) {
  const feed = new ICAL.Component(ICAL.parse(await (await fetch(url)).text()));
  return feed.getAllSubcomponents("vevent").map((e) => ({
    uid: String(e.getFirstPropertyValue("uid")),
    status: String(e.getFirstPropertyValue("status")),
    sequence: Number(e.getFirstPropertyValue("sequence")),
    start: (e.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
  }));
}

/** Whether the element the selector finds is the focused one and lies inside the visible part of the page. */
export const focusedAndVisible = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return "missing";
    const box = el.getBoundingClientRect();
    return `${document.activeElement === el ? "focused" : `focus on ${document.activeElement?.tagName}`}, ${box.top >= 0 && box.top < window.innerHeight ? "in view" : `top at ${Math.round(box.top)}`}`;
  }, selector);
