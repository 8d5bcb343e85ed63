// Self-help groups as the public sees them: the active themes with counts of interest (never who), registering
// interest with a withdrawal token stored only as its SHA-256, withdrawing it, and deleting it when its retention ends.
import { sql } from "kysely";
import { dueForDeletion, type Place } from "~/domain/self-help";
import { DAY_MS, instantToLocal } from "~/domain/stockholm-time";
import type { Locale } from "~/domain/vocabulary";
import type { DB } from "~/utils/db.server";
import { randomToken, sha256 } from "~/utils/security.server";
import { deleteSelfHelpMail, notifySelfHelpInterest } from "./self-help-mail.server";
import { countRegistration, mayRegister } from "./self-help-throttle.server";

/** Where a registration's place is shown: "Digitalt", or the municipality's name. */
export interface PlaceName {
  digital: boolean;
  municipality: string | null;
}

/** The active themes, each with how many places (municipalities, or digitally) have interest: counts only. */
export async function listPublicThemes(db: DB) {
  const rows = await db
    .selectFrom("self_help_themes")
    .leftJoin("self_help_interest", "self_help_interest.theme_id", "self_help_themes.id")
    .select(["self_help_themes.id", "self_help_themes.name", "self_help_themes.name_en"])
    // A digital row has no municipality: -1 stands for "digitalt" (ids start at 1), and a theme with no row counts none.
    .select(sql<number>`count(distinct coalesce(self_help_interest.municipality_id, -self_help_interest.digital))`.as("places"))
    .where("self_help_themes.active", "=", 1)
    .groupBy(["self_help_themes.id", "self_help_themes.name", "self_help_themes.name_en"])
    .orderBy("self_help_themes.name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en, places: Number(r.places) }));
}

/** One active theme with its description and the number registered per place (no names); undefined when hidden or unknown. */
export async function getPublicTheme(db: DB, themeId: number) {
  const theme = await db.selectFrom("self_help_themes").select(["id", "name", "name_en", "description"]).where("id", "=", themeId).where("active", "=", 1).executeTakeFirst();
  if (!theme) return undefined;
  const interest = await db
    .selectFrom("self_help_interest")
    .leftJoin("municipalities", "municipalities.id", "self_help_interest.municipality_id")
    .select(["self_help_interest.digital", "municipalities.name as municipality"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("self_help_interest.theme_id", "=", themeId)
    .groupBy(["self_help_interest.digital", "self_help_interest.municipality_id", "municipalities.name"])
    .orderBy("self_help_interest.digital", "desc")
    .orderBy("municipalities.name")
    .execute();
  return {
    id: theme.id,
    name: theme.name,
    nameEn: theme.name_en,
    description: theme.description,
    interest: interest.map((r) => ({ digital: r.digital === 1, municipality: r.municipality, n: Number(r.n) })),
  };
}

/** The municipalities a resident may choose, by name. */
export function listPlaceChoices(db: DB) {
  return db.selectFrom("municipalities").select(["id", "name"]).orderBy("name").execute();
}

export interface NewInterest {
  themeId: number;
  place: Place;
  alias: string;
  email?: string;
  phone?: string;
  /** The language of the page, for the confirmation e-mail. */
  locale?: Locale;
  /** The client's address, for the cap on registrations per address (self-help-throttle.server.ts). */
  ip?: string;
  now?: Date;
}

export type InterestProblem = "unknownTheme" | "unknownPlace" | "tooMany";

/**
 * Stores the registration (its consent given now) and, when an e-mail was given, queues the confirmation with the
 * withdrawal link in the same transaction. Returns the plain token, which is stored nowhere.
 */
export async function registerInterest(db: DB, { themeId, place, alias, email, phone, locale = "sv", ip, now = new Date() }: NewInterest): Promise<{ ok: true; token: string; place: PlaceName } | { ok: false; problem: InterestProblem }> {
  const token = randomToken();
  return db.transaction().execute(async (trx) => {
    if (ip && !(await mayRegister(trx, ip, now))) return { ok: false as const, problem: "tooMany" as const };
    const theme = await trx.selectFrom("self_help_themes").select(["id", "name"]).where("id", "=", themeId).where("active", "=", 1).executeTakeFirst();
    if (!theme) return { ok: false as const, problem: "unknownTheme" as const };
    const municipality = place.digital ? null : await trx.selectFrom("municipalities").select(["id", "name"]).where("id", "=", place.municipalityId).executeTakeFirst();
    if (!place.digital && !municipality) return { ok: false as const, problem: "unknownPlace" as const };
    const at = now.toISOString();
    const { id } = await trx
      .insertInto("self_help_interest")
      .values({
        theme_id: theme.id,
        municipality_id: municipality?.id ?? null,
        digital: place.digital ? 1 : 0,
        alias,
        email: email ?? null,
        phone: phone ?? null,
        consent_at: at,
        withdraw_token_hash: sha256(token),
        last_contact_at: at,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (ip) await countRegistration(trx, ip, now);
    if (email) await notifySelfHelpInterest(trx, { interestId: id, email, theme: theme.name, place: municipality?.name ?? null, token, locale, now });
    return { ok: true as const, token, place: { digital: place.digital, municipality: municipality?.name ?? null } };
  });
}

/** What the withdrawal page shows before deleting: the theme, the place and the alias, found by the token. */
export async function findInterestByToken(db: DB, token: string) {
  const row = await db
    .selectFrom("self_help_interest")
    .innerJoin("self_help_themes", "self_help_themes.id", "self_help_interest.theme_id")
    .leftJoin("municipalities", "municipalities.id", "self_help_interest.municipality_id")
    .select(["self_help_interest.id", "self_help_interest.alias", "self_help_interest.digital", "municipalities.name as municipality", "self_help_themes.name as theme", "self_help_themes.name_en as themeEn"])
    .where("self_help_interest.withdraw_token_hash", "=", sha256(token))
    .executeTakeFirst();
  return row && { id: row.id, alias: row.alias, theme: row.theme, themeEn: row.themeEn, place: { digital: row.digital === 1, municipality: row.municipality } satisfies PlaceName };
}

/** Deletes the registration for good (no flag left behind); false when the token matches nothing. */
export async function withdrawInterest(db: DB, token: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("self_help_interest").select("id").where("withdraw_token_hash", "=", sha256(token)).executeTakeFirst();
    if (!row) return false;
    await deleteInterest(trx, [row.id]);
    return true;
  });
}

/** Deletes registrations and their queued mail: on withdrawal, when retention ends, and when they join a group. */
export async function deleteInterest(trx: DB, ids: number[]): Promise<number> {
  await deleteSelfHelpMail(trx, ids);
  const result = await trx.deleteFrom("self_help_interest").where("id", "in", ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every registration whose retention (12 months after the last contact) has ended by today in Stockholm. */
export async function deleteExpiredInterest(db: DB, now = new Date()): Promise<number> {
  // 12 months between two Stockholm dates are never less than 364 days: rows contacted later cannot be due.
  const bound = new Date(now.getTime() - 363 * DAY_MS).toISOString();
  const candidates = await db.selectFrom("self_help_interest").select(["id", "last_contact_at as lastContactAt"]).where("last_contact_at", "<", bound).execute();
  const due = dueForDeletion(candidates, instantToLocal(now).date).map((r) => r.id);
  if (due.length === 0) return 0;
  return db.transaction().execute((trx) => deleteInterest(trx, due));
}
