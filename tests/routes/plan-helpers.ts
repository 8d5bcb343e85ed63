// Shared set-up for the coordinators' matching pages: signed-in users of each role, future slots on chosen weekdays.
import { addDays, instantToLocal, localToInstant, weekdayOf } from "~/domain/stockholm-time";
import { db } from "~/utils/db.server";
import { insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

/** The Stockholm year and date the routes see, since they run on the real clock. */
export const today = () => instantToLocal(new Date()).date;
export const thisYear = () => Number(today().slice(0, 4));

/**
 * A slot at 10:00–11:30 Stockholm time on the first `weekday` (1 = Monday … 7 = Sunday) at least `daysAhead` days
 * from today: inside the factories' default weekday 08–17 windows when it is a weekday, and always in the future.
 */
export function slotOn(weekday: number, daysAhead = 8, { startMinute = 600, minutes = 90 } = {}) {
  let date = addDays(today(), daysAhead);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  const start = localToInstant(date, startMinute);
  return { starts_at: start.toISOString(), ends_at: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

export async function area(name: string) {
  return (await db().insertInto("experience_areas").values({ name }).returning("id").executeTakeFirstOrThrow()).id;
}

export async function signedIn(role: "coordinator" | "requester" | "volunteer") {
  const userId = await insertUser(db(), role === "volunteer" ? { role, person_id: await insertPerson(db(), { roles: [{ role: "peer" }] }) } : { role });
  return { userId, cookie: await cookieFor(userId) };
}

/** Anonymous, requester and volunteer against a loader (and an action, when given): 302, 403, 403. */
export async function expectCoordinatorOnly(path: string, route: { loader: unknown; action?: unknown }) {
  const requester = await signedIn("requester");
  const volunteer = await signedIn("volunteer");
  const handlers = [route.loader, ...(route.action ? [route.action] : [])] as Parameters<typeof call>[0][];
  for (const handler of handlers) {
    const make = (cookie?: string) => (handler === route.loader ? getRequest(path, { cookie }) : postRequest(path, {}, { cookie }));
    expect((await call(handler, make())).status).toBe(302);
    expect((await call(handler, make(requester.cookie))).status).toBe(403);
    expect((await call(handler, make(volunteer.cookie))).status).toBe(403);
  }
}
