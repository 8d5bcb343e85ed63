// A patient supporter's own log of contacts with care units: logging one, listing them, removing a mistake, and this year's months.
import { contactDateProblem, firstContacts, outreachBySupporter, type SupporterMonth } from "~/domain/supporter-outreach";
import { instantToLocal } from "~/domain/stockholm-time";
import type { ContactKind } from "~/domain/vocabulary";
import { audit } from "~/utils/audit.server";
import type { DB } from "~/utils/db.server";
import { holdsRole } from "./people.server";

export type ContactProblem = "notSupporter" | "unknownUnit" | "future" | "tooOld" | "alreadyLogged";

export interface NewContact {
  personId: number;
  userId: number;
  careUnitId: number;
  /** A local Stockholm date, YYYY-MM-DD. */
  contactedOn: string;
  kind: ContactKind;
  now?: Date;
}

/** Every care unit a supporter may have met, with its municipality, by name. */
export async function listCareUnitChoices(db: DB) {
  return db
    .selectFrom("care_units")
    .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
    .select(["care_units.id", "care_units.name", "municipalities.name as municipality"])
    .orderBy("care_units.name")
    .orderBy("municipalities.name")
    .execute();
}

/** Logs the contact, or says why not; the same unit, day and kind twice is "already logged", never a second row. */
export async function addContact(db: DB, { personId, userId, careUnitId, contactedOn, kind, now = new Date() }: NewContact): Promise<{ ok: true; id: number } | { ok: false; problem: ContactProblem }> {
  const today = instantToLocal(now).date;
  const dateProblem = contactDateProblem(contactedOn, today);
  if (dateProblem) return { ok: false, problem: dateProblem };
  return db.transaction().execute(async (trx) => {
    if (!(await holdsRole(trx, personId, "supporter"))) return { ok: false as const, problem: "notSupporter" as const };
    const unit = await trx.selectFrom("care_units").select("id").where("id", "=", careUnitId).executeTakeFirst();
    if (!unit) return { ok: false as const, problem: "unknownUnit" as const };
    const row = await trx
      .insertInto("supporter_contacts")
      .values({ person_id: personId, care_unit_id: careUnitId, contacted_on: contactedOn, kind, created_at: now.toISOString(), created_by_user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!row) return { ok: false as const, problem: "alreadyLogged" as const };
    await audit(trx, { actorUserId: userId, entity: "supporter_contact", entityId: row.id, action: "create", details: { personId, careUnitId, contactedOn, kind } }, now);
    return { ok: true as const, id: row.id };
  });
}

/** The supporter's contacts, newest first, each marked when it was her first with that unit (the domain's rule). */
export async function listContacts(db: DB, personId: number) {
  const rows = await db
    .selectFrom("supporter_contacts")
    .innerJoin("care_units", "care_units.id", "supporter_contacts.care_unit_id")
    .innerJoin("municipalities", "municipalities.id", "care_units.municipality_id")
    .select([
      "supporter_contacts.id",
      "supporter_contacts.person_id as personId",
      "supporter_contacts.care_unit_id as careUnitId",
      "supporter_contacts.contacted_on as contactedOn",
      "supporter_contacts.kind",
      "care_units.name as unit",
      "municipalities.name as municipality",
    ])
    .where("supporter_contacts.person_id", "=", personId)
    .orderBy("supporter_contacts.contacted_on", "desc")
    .orderBy("supporter_contacts.id", "desc")
    .execute();
  // Oldest first for the rule, so of two contacts with a unit on its first day the one logged first is the new one.
  const oldestFirst = [...rows].reverse();
  const firsts = firstContacts(oldestFirst);
  const firstIds = new Set([...firsts].map((index) => oldestFirst[index].id));
  return rows.map((row) => ({ ...row, firstWithUnit: firstIds.has(row.id) }));
}

/** One of the supporter's own contacts, or undefined for anyone else's. */
export async function getContact(db: DB, { personId, contactId }: { personId: number; contactId: number }) {
  return (await listContacts(db, personId)).find((c) => c.id === contactId);
}

/** Scoped by person: another supporter's contact id removes nothing and answers false. */
export async function removeContact(db: DB, { personId, userId, contactId }: { personId: number; userId: number; contactId: number }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.deleteFrom("supporter_contacts").where("id", "=", contactId).where("person_id", "=", personId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await audit(trx, { actorUserId: userId, entity: "supporter_contact", entityId: contactId, action: "delete", details: { personId } });
    return true;
  });
}

/** The supporter's months of the current year up to this one, each met or not (the domain's goal, for one person). */
export async function monthsThisYear(db: DB, { personId, now = new Date() }: { personId: number; now?: Date }): Promise<SupporterMonth[]> {
  const today = instantToLocal(now).date;
  const [person, roles, contacts] = await Promise.all([
    db.selectFrom("people").select(["id", "joined_on", "left_on"]).where("id", "=", personId).executeTakeFirst(),
    db.selectFrom("person_roles").select("role").where("person_id", "=", personId).execute(),
    db.selectFrom("supporter_contacts").select(["person_id as personId", "care_unit_id as careUnitId", "contacted_on as contactedOn"]).where("person_id", "=", personId).orderBy("id").execute(),
  ]);
  if (!person) return [];
  const goalPerson = { id: person.id, roles: roles.map((r) => r.role), joinedOn: person.joined_on, leftOn: person.left_on };
  return outreachBySupporter([goalPerson], contacts, Number(today.slice(0, 4)), today)[0]?.months ?? [];
}
