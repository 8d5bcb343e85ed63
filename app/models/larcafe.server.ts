// Lärcafé series: creating one with its sessions and a book request per session (through the request flow),
// reading them scoped to a care unit (or all, for coordinators), and cancelling a session with its request.
import { isHeld, sessionRequestTitle, type LarcafeInput } from "~/domain/larcafe";
import type { RequestInput } from "~/domain/request-schema";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { cancelRequestIn, insertNewRequest, volunteerFirstName, withdrawRequestIn } from "./requests.server";

export type CancelSessionResult = { ok: true } | { ok: false; reason: "notFound" | "notAllowed" | "started" };

/** The session's request states in which the unit knows who comes: the same rule as the unit's request page. */
const BOOKED_REQUEST = new Set(["confirmed", "completed"]);
const BOOKED_ASSIGNMENT = new Set(["booked", "completed"]);

/** What each session asks the living library for: a book with the theme's experience, in conversation. */
function sessionRequest(input: LarcafeInput, session: LarcafeInput["sessions"][number], number: number): RequestInput {
  return {
    wantedRole: "book",
    experienceAreaIds: [input.experienceAreaId],
    format: "conversation",
    title: sessionRequestTitle(input.title, number, input.sessions.length),
    purpose: input.description,
    audience: input.audience,
    audienceSize: input.audienceSize,
    isDigital: input.digital,
    municipalityId: input.municipalityId,
    address: input.address,
    slots: [{ ...session, durationMinutes: input.durationMinutes }],
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    wish: null,
  };
}

/**
 * One transaction: the series, its sessions and one open book request per session, each made by the request flow
 * (event, audit, the coordinators' notice). The same submission key from the same unit returns the series it made.
 */
export async function createSeries(
  db: DB,
  { unitId, userId, input, submissionKey, now = new Date() }: { unitId: number; userId: number; input: LarcafeInput; submissionKey: string; now?: Date },
): Promise<{ id: number; created: boolean }> {
  const key = `${unitId}:${submissionKey}`;
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("larcafe_series").select("id").where("submission_key", "=", key).executeTakeFirst();
    if (existing) return { id: existing.id, created: false };
    const at = now.toISOString();
    const { id } = await trx
      .insertInto("larcafe_series")
      .values({
        title: input.title,
        experience_area_id: input.experienceAreaId,
        care_unit_id: unitId,
        digital: input.digital ? 1 : 0,
        municipality_id: input.municipalityId,
        address: input.address,
        audience: input.audience,
        audience_size: input.audienceSize,
        description: input.description,
        contact_name: input.contactName,
        contact_phone: input.contactPhone,
        submission_key: key,
        created_at: at,
        created_by_user_id: userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const [i, session] of input.sessions.entries()) {
      const requestId = await insertNewRequest(trx, { unitId, userId, input: sessionRequest(input, session, i + 1), submissionKey: null, now });
      await trx
        .insertInto("larcafe_sessions")
        .values({ series_id: id, starts_at: session.startsAt.toISOString(), ends_at: session.endsAt.toISOString(), request_id: requestId })
        .execute();
    }
    await audit(trx, { actorUserId: userId, entity: "larcafe_series", entityId: id, action: "create", details: { unitId, sessions: input.sessions.length } }, now);
    return { id, created: true };
  });
}

const seriesRows = (db: DB) =>
  db
    .selectFrom("larcafe_series")
    .innerJoin("experience_areas", "experience_areas.id", "larcafe_series.experience_area_id")
    .innerJoin("care_units", "care_units.id", "larcafe_series.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "larcafe_series.municipality_id")
    .select([
      "larcafe_series.id",
      "larcafe_series.title",
      "larcafe_series.digital",
      "larcafe_series.address",
      "larcafe_series.audience",
      "larcafe_series.audience_size",
      "larcafe_series.description",
      "larcafe_series.contact_name",
      "larcafe_series.contact_phone",
      "larcafe_series.created_at",
      "larcafe_series.care_unit_id",
      "care_units.name as unit",
      "experience_areas.name as theme",
      "experience_areas.name_en as theme_en",
      "municipalities.name as municipality",
    ]);

/** Each session in time order, with its request's status and — once booked — the book's first name (or alias). */
async function sessionsOf(db: DB, seriesIds: number[], now: Date) {
  if (seriesIds.length === 0) return [];
  const rows = await db
    .selectFrom("larcafe_sessions")
    .leftJoin("requests", "requests.id", "larcafe_sessions.request_id")
    .leftJoin("assignments", (join) =>
      join.onRef("assignments.request_id", "=", "larcafe_sessions.request_id").on("assignments.status", "in", [...BOOKED_ASSIGNMENT] as ("booked" | "completed")[]),
    )
    .leftJoin("people", "people.id", "assignments.person_id")
    .select([
      "larcafe_sessions.id",
      "larcafe_sessions.series_id",
      "larcafe_sessions.starts_at",
      "larcafe_sessions.ends_at",
      "larcafe_sessions.cancelled_at",
      "larcafe_sessions.request_id",
      "requests.status as request_status",
      "people.name as person_name",
      "people.alias as person_alias",
    ])
    .where("larcafe_sessions.series_id", "in", seriesIds)
    .orderBy("larcafe_sessions.starts_at")
    .orderBy("larcafe_sessions.id")
    .execute();
  return rows.map((r) => {
    const booked = r.request_status !== null && BOOKED_REQUEST.has(r.request_status) && r.person_name !== null;
    const started = Date.parse(r.starts_at) <= now.getTime();
    return {
      id: r.id,
      seriesId: r.series_id,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      cancelledAt: r.cancelled_at,
      requestId: r.request_id,
      requestStatus: r.request_status,
      volunteer: booked ? volunteerFirstName(r.person_name!, r.person_alias) : null,
      held: isHeld(r, now),
      canCancel: r.cancelled_at === null && !started && r.request_status !== "completed",
    };
  });
}

export type LarcafeSessionView = Awaited<ReturnType<typeof sessionsOf>>[number];

function summarise<S extends { id: number }>(series: S[], sessions: LarcafeSessionView[]) {
  return series.map((s) => {
    const own = sessions.filter((x) => x.seriesId === s.id);
    const active = own.filter((x) => x.cancelledAt === null);
    return {
      ...s,
      sessions: own,
      sessionCount: active.length,
      heldCount: own.filter((x) => x.held).length,
      next: active.find((x) => !x.held)?.startsAt ?? null,
    };
  });
}

/** The unit's series, newest first. */
export async function listSeriesForUnit(db: DB, { unitId, now = new Date() }: { unitId: number; now?: Date }) {
  const series = await seriesRows(db).where("larcafe_series.care_unit_id", "=", unitId).orderBy("larcafe_series.created_at", "desc").orderBy("larcafe_series.id", "desc").execute();
  return summarise(series, await sessionsOf(db, series.map((s) => s.id), now));
}

/** Every unit's series, for the coordinators: by unit, newest first. */
export async function listAllSeries(db: DB, { now = new Date() }: { now?: Date } = {}) {
  const series = await seriesRows(db).orderBy("care_units.name").orderBy("larcafe_series.created_at", "desc").orderBy("larcafe_series.id", "desc").execute();
  return summarise(series, await sessionsOf(db, series.map((s) => s.id), now));
}

/** Scoped to the unit: another unit's series id gives undefined. */
export async function getSeriesForUnit(db: DB, { id, unitId, now = new Date() }: { id: number; unitId: number; now?: Date }) {
  const series = await seriesRows(db).where("larcafe_series.id", "=", id).where("larcafe_series.care_unit_id", "=", unitId).executeTakeFirst();
  return series ? summarise([series], await sessionsOf(db, [id], now))[0] : undefined;
}

export type LarcafeSeriesView = NonNullable<Awaited<ReturnType<typeof getSeriesForUnit>>>;

/**
 * Before it starts, in one transaction: the session is marked cancelled and its request closed the unit's way —
 * withdrawn while nobody has accepted it, cancelled (with the reason, told to the book) once booked.
 */
export async function cancelSession(
  db: DB,
  { seriesId, sessionId, unitId, userId, reason, now = new Date() }: { seriesId: number; sessionId: number; unitId: number; userId: number; reason: string; now?: Date },
): Promise<CancelSessionResult> {
  return db.transaction().execute(async (trx): Promise<CancelSessionResult> => {
    const session = await trx
      .selectFrom("larcafe_sessions")
      .innerJoin("larcafe_series", "larcafe_series.id", "larcafe_sessions.series_id")
      .leftJoin("requests", "requests.id", "larcafe_sessions.request_id")
      .select(["larcafe_sessions.id", "larcafe_sessions.starts_at", "larcafe_sessions.cancelled_at", "larcafe_sessions.request_id", "requests.status as request_status"])
      .where("larcafe_sessions.id", "=", sessionId)
      .where("larcafe_sessions.series_id", "=", seriesId)
      .where("larcafe_series.care_unit_id", "=", unitId)
      .executeTakeFirst();
    if (!session) return { ok: false, reason: "notFound" };
    if (session.cancelled_at !== null || session.request_status === "completed") return { ok: false, reason: "notAllowed" };
    if (Date.parse(session.starts_at) <= now.getTime()) return { ok: false, reason: "started" };
    const requestId = session.request_id;
    if (requestId !== null && (session.request_status === "open" || session.request_status === "offered")) {
      const closed = await withdrawRequestIn(trx, { id: requestId, unitId, userId, now });
      if (!closed.ok) return closed;
    } else if (requestId !== null && session.request_status === "confirmed") {
      const closed = await cancelRequestIn(trx, { id: requestId, unitId, userId, reason, now });
      if (!closed.ok) return closed;
    }
    await trx.updateTable("larcafe_sessions").set({ cancelled_at: now.toISOString() }).where("id", "=", session.id).execute();
    await audit(trx, { actorUserId: userId, entity: "larcafe_session", entityId: session.id, action: "cancel", details: { seriesId, requestId } }, now);
    return { ok: true };
  });
}
