// Shared set-up for the care-unit route tests: a signed-in requester, browser-like form posts, bookings and feeds.
import ICAL from "ical.js";
import { instantToLocal } from "~/domain/stockholm-time";
import * as feed from "~/routes/calendar.$token";
import { db } from "~/utils/db.server";
import { insertAssignment, insertCareUnit, insertOffer, insertRequest, insertUser } from "../../db/insert-rows";
import { BASE, cookieFor, getRequest } from "../setup/http";

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();

/** A local date a number of days ahead: in the future whatever day the suite runs. */
export const dayAhead = (days: number) => instantToLocal(new Date(Date.now() + days * DAY)).date;

export async function requester(careUnitId?: number) {
  const unitId = careUnitId ?? (await insertCareUnit(db()));
  const userId = await insertUser(db(), { role: "requester", care_unit_id: unitId });
  return { unitId, userId, cookie: await cookieFor(userId) };
}

/** A form post with repeated fields (checkbox groups), sent the way a browser sends it. */
export function postForm(path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return new Request(BASE + path, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: BASE, ...(cookie ? { Cookie: cookie } : {}) },
  });
}

/** A confirmed request of the unit with the person's booked assignment, starting at `start` (ms). */
export async function booking(unitId: number, personId: number, { start = Date.now() + 7 * DAY, minutes = 90, title = "Lärcafé om smärta" } = {}) {
  const { id: requestId, slotIds } = await insertRequest(db(), {
    care_unit_id: unitId,
    status: "confirmed",
    title,
    slots: [{ starts_at: iso(start), ends_at: iso(start + minutes * 60_000) }],
  });
  const offerId = await insertOffer(db(), { request_id: requestId, slot_id: slotIds[0], person_id: personId, status: "accepted" });
  return { requestId, assignmentId: await insertAssignment(db(), { offer_id: offerId }) };
}

/** The feed's events by UID, parsed with ical.js as a calendar client would. */
export async function feedEvents(token: string) {
  const response = await feed.loader({ request: getRequest(`/calendar/${token}.ics`), params: { token: `${token}.ics` }, context: { clientIp: "192.0.2.10" } });
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, byUid: Object.fromEntries(events.map((e) => [String(e.getFirstPropertyValue("uid")), e])) };
}
