// Users: the accounts that sign in, each with one role and, for requesters and volunteers, a link.
import type { DB } from "~/utils/db.server";
import type { UserRole } from "~/domain/vocabulary";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function getUserById(db: DB, id: number) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "care_unit_id", "person_id", "locale", "disabled_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function getUserByEmail(db: DB, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "disabled_at"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function getUserWithPasswordByEmail(db: DB, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "role", "password_hash", "disabled_at"])
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function createUser(
  db: DB,
  input: { email: string; name: string; role: UserRole; careUnitId?: number | null; personId?: number | null },
  now = new Date(),
) {
  const row = await db
    .insertInto("users")
    .values({
      email: normalizeEmail(input.email),
      name: input.name,
      role: input.role,
      care_unit_id: input.careUnitId ?? null,
      person_id: input.personId ?? null,
      password_hash: null,
      created_at: now.toISOString(),
      disabled_at: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setUserLocale(db: DB, userId: number, locale: "sv" | "en") {
  await db.updateTable("users").set({ locale }).where("id", "=", userId).execute();
}

/** The same password hashed with today's parameters: no session ends, nothing else changes. */
export async function rehashPassword(db: DB, userId: number, passwordHash: string) {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

/** A new password ends every session the user has, everywhere. */
export async function setPasswordHash(db: DB, userId: number, passwordHash: string) {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  // An invite not yet used would let its holder choose the password again: it stops working.
  await db.deleteFrom("invites").where("user_id", "=", userId).where("used_at", "is", null).execute();
}

export async function listCareUnitOptions(db: DB) {
  return db.selectFrom("care_units").select(["id", "name"]).orderBy("name").execute();
}

export async function listPeopleWithoutLogin(db: DB) {
  return db
    .selectFrom("people")
    .leftJoin("users", "users.person_id", "people.id")
    .select(["people.id", "people.name", "people.email"])
    .where("users.id", "is", null)
    .where("people.anonymised_at", "is", null)
    .orderBy("people.name")
    .execute();
}
