// GDPR for one person: everything held about them as JSON, erasure that keeps the goal figures, and their change log.
import { instantToLocal } from "~/domain/stockholm-time";
import { audit } from "~/utils/audit.server";
import { closeOffer } from "./offer/close.server";
import { loadPersonLists } from "./profile.server";
import { assignmentsWithRequest, offersWithRequest } from "./request-summary.server";
import type { DB } from "~/utils/db.server";

const parseDetails = (details: string | null): unknown => {
  if (details === null) return null;
  try {
    return JSON.parse(details);
  } catch {
    return details;
  }
};

/** Who the privacy page is about: the name shown, and whether they are already anonymised. */
export function getPrivacySubject(db: DB, personId: number) {
  return db.selectFrom("people").select(["id", "name", "anonymised_at"]).where("id", "=", personId).executeTakeFirst();
}

/** The person's change log: what was done to them and what they did themselves, by whom and when, newest first. */
export async function listPersonAudit(db: DB, personId: number, limit = 200) {
  const own = db.selectFrom("users").select("id").where("person_id", "=", personId);
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select(["audit_log.id", "audit_log.entity", "audit_log.action", "audit_log.details", "audit_log.at", "users.name as actor"])
    .where((eb) =>
      eb.or([
        eb.and([eb("audit_log.entity", "=", "person"), eb("audit_log.entity_id", "=", String(personId))]),
        eb("audit_log.actor_user_id", "in", own),
      ]),
    )
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, details: parseDetails(r.details) }));
}

/** Everything the database holds about the person (register extract, GDPR art. 15), secrets left out. */
export async function exportPerson(db: DB, personId: number, now = new Date()) {
  const person = await db.selectFrom("people").selectAll().where("id", "=", personId).executeTakeFirst();
  if (!person) return undefined;
  const users = db.selectFrom("users").select("id").where("person_id", "=", personId);
  const [{ roles, areas, formats, languages, serviceAreas, training, windows }, exceptions, accounts, offers, assignments, feedback, feeds, log, messages] =
    await Promise.all([
      loadPersonLists(db, personId),
      db.selectFrom("availability_exceptions").select(["kind", "from_date", "to_date", "start_minute", "end_minute", "note"]).where("person_id", "=", personId).execute(),
      db.selectFrom("users").select(["email", "name", "role", "locale", "created_at", "disabled_at"]).where("person_id", "=", personId).execute(),
      offersWithRequest(db)
        .select([
          "offers.id", "requests.title as request", "requests.wanted_role as role", "care_units.name as careUnit", "offers.status",
          "offers.offered_at", "offers.reply_by", "offers.responded_at", "offers.decline_reason",
        ])
        .where("offers.person_id", "=", personId)
        .orderBy("offers.offered_at")
        .execute(),
      assignmentsWithRequest(db)
        .select([
          "assignments.id", "requests.title as request", "care_units.name as careUnit", "assignments.starts_at", "assignments.ends_at",
          "assignments.status", "assignments.hours", "assignments.compensation_sek", "assignments.travel_km",
        ])
        .where("assignments.person_id", "=", personId)
        .orderBy("assignments.starts_at")
        .execute(),
      db
        .selectFrom("feedback")
        .innerJoin("assignments", "assignments.id", "feedback.assignment_id")
        .select(["feedback.assignment_id", "feedback.author", "feedback.rating", "feedback.comment", "feedback.would_book_again", "feedback.created_at"])
        .where("assignments.person_id", "=", personId)
        .execute(),
      db.selectFrom("calendar_tokens").select(["created_at", "revoked_at"]).where("person_id", "=", personId).execute(),
      db
        .selectFrom("audit_log")
        .select(["entity", "entity_id", "action", "details", "at"])
        .where((eb) =>
          eb.or([eb.and([eb("entity", "=", "person"), eb("entity_id", "=", String(personId))]), eb("actor_user_id", "in", users)]),
        )
        .orderBy("at")
        .execute(),
      db
        .selectFrom("outbox")
        .select(["kind", "recipient_email", "subject", "body_text", "created_at", "sent_at"])
        .where((eb) => eb.or([eb("recipient_user_id", "in", users), ...(person.email ? [eb("recipient_email", "=", person.email)] : [])]))
        .orderBy("created_at")
        .execute(),
    ]);
  return {
    exportedAt: now.toISOString(),
    person,
    roles,
    experienceAreas: areas.map((a) => a.name),
    formats: formats.map((f) => f.format),
    languages: languages.map((l) => l.language),
    serviceAreas: serviceAreas.map((s) => ({ careArea: s.care_area, municipality: s.municipality })),
    training,
    availability: { windows, exceptions },
    accounts,
    offers,
    assignments,
    feedback,
    calendarFeeds: feeds,
    auditLog: log.map((r) => ({ ...r, details: parseDetails(r.details) })),
    emails: messages,
  };
}

export type EraseResult = { ok: true } | { ok: false; reason: "notFound" | "alreadyErased" | "futureAssignments" };

export const anonymisedName = (personId: number) => `Anonymiserad #${personId}`;

/**
 * Erasure (GDPR art. 17) that keeps the statistics: the person row, their roles, offers and assignments stay so
 * that every goal figure is unchanged, but every personal field, free text, profile and account is removed.
 */
export async function erasePerson(db: DB, { personId, userId, now = new Date() }: { personId: number; userId: number; now?: Date }): Promise<EraseResult> {
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom("people").select(["id", "email", "joined_on", "left_on", "anonymised_at"]).where("id", "=", personId).executeTakeFirst();
    if (!person) return { ok: false, reason: "notFound" } as const;
    if (person.anonymised_at) return { ok: false, reason: "alreadyErased" } as const;
    const nowIso = now.toISOString();
    const ahead = await trx
      .selectFrom("assignments")
      .select("id")
      .where("person_id", "=", personId)
      .where("status", "=", "booked")
      .where("ends_at", ">", nowIso)
      .executeTakeFirst();
    if (ahead) return { ok: false, reason: "futureAssignments" } as const;
    const today = instantToLocal(now).date;
    const leftOn = person.left_on ?? (today < person.joined_on ? person.joined_on : today);
    await trx
      .updateTable("people")
      .set({ name: anonymisedName(personId), alias: null, email: null, phone: null, status: "paused", paused_until: null, left_on: leftOn, anonymised_at: nowIso, updated_at: nowIso })
      .where("id", "=", personId)
      .execute();
    await trx.updateTable("person_roles").set({ title: "Anonymiserad", presentation: "" }).where("person_id", "=", personId).execute();
    for (const table of [
      "person_experience_areas", "person_formats", "person_languages", "person_service_areas", "training_records",
      "availability_windows", "availability_exceptions", "calendar_tokens", "raised_hands",
    ] as const) {
      await trx.deleteFrom(table).where("person_id", "=", personId).execute();
    }
    const pending = await trx.selectFrom("offers").select("id").where("person_id", "=", personId).where("status", "=", "pending").execute();
    for (const { id } of pending) await closeOffer(trx, { offerId: id, reason: "erased", actorUserId: userId, now });
    await trx.updateTable("offers").set({ decline_reason: null }).where("person_id", "=", personId).execute();
    const jobs = trx.selectFrom("assignments").select("id").where("person_id", "=", personId);
    await trx.updateTable("feedback").set({ comment: null }).where("assignment_id", "in", jobs).execute();
    const accounts = await trx.selectFrom("users").select("id").where("person_id", "=", personId).execute();
    const accountIds = accounts.map((a) => a.id);
    // E-mails to the person, sent or not, hold their address and name: they go too.
    await trx.deleteFrom("outbox").where("recipient_email", "=", person.email ?? "").execute();
    if (accountIds.length) await trx.deleteFrom("outbox").where("recipient_user_id", "in", accountIds).execute();
    for (const { id } of accounts) {
      await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
      await trx.deleteFrom("invites").where("user_id", "=", id).execute();
      await trx
        .updateTable("users")
        .set({ email: `anonymiserad-${id}@example.invalid`, name: anonymisedName(personId), password_hash: null, disabled_at: nowIso })
        .where("id", "=", id)
        .execute();
    }
    await trx.updateTable("audit_log").set({ details: null }).where("entity", "=", "person").where("entity_id", "=", String(personId)).execute();
    await audit(trx, { actorUserId: userId, entity: "person", entityId: personId, action: "erase" }, now);
    return { ok: true } as const;
  });
}
