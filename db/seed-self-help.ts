// The demo region's self-help group themes (the region's list in issue M) and a few invented registrations of
// interest: Ensamhet in Jönköping has 5, enough to start a group; deterministic for a given `now`.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema";

const THEMES: [name: string, nameEn: string][] = [
  ["Raserad ekonomi", "Financial collapse"],
  ["Klimakteriet", "Menopause"],
  ["Ensamhet", "Loneliness"],
  ["Skilsmässa/separation", "Divorce/separation"],
  ["Utmattning", "Exhaustion"],
  ["Kronisk sjukdom/Parkinson", "Chronic illness/Parkinson's"],
  ["Nära anhörigs död", "Death of someone close"],
  ["Smärta", "Pain"],
  ["Förälder till ett stammande barn", "Parent of a child who stutters"],
  ["Ofrivillig barnlöshet", "Involuntary childlessness"],
  ["Långtidsarbetslöshet", "Long-term unemployment"],
  ["Ensamstående förälder", "Single parent"],
  ["Närstående till någon med beroende", "Close to someone with an addiction"],
];

/** Theme, place (a municipality's name, or null for digitally), alias, days before the seed date. */
const INTEREST: [theme: string, place: string | null, alias: string, daysAgo: number][] = [
  ["Ensamhet", "Jönköping", "Vitsippa", 40],
  ["Ensamhet", "Jönköping", "Kastanj", 33],
  ["Ensamhet", "Jönköping", "Lärka", 21],
  ["Ensamhet", "Jönköping", "Sjöstjärna", 9],
  ["Ensamhet", "Jönköping", "Blåbär", 2],
  ["Utmattning", null, "Moln", 30],
  ["Utmattning", null, "Fyr", 12],
  ["Utmattning", null, "Ekorre", 4],
  ["Klimakteriet", "Eksjö", "Lingon", 15],
  ["Klimakteriet", "Eksjö", "Hassel", 6],
];

const DAY_MS = 86_400_000;

export async function seedSelfHelp(db: Kysely<Database>, now: Date): Promise<void> {
  const created = new Date(now.getTime() - 60 * DAY_MS).toISOString();
  const themeIds = new Map<string, number>();
  for (const [name, nameEn] of THEMES) {
    const { id } = await db.insertInto("self_help_themes").values({ name, name_en: nameEn, active: 1, created_at: created }).returning("id").executeTakeFirstOrThrow();
    themeIds.set(name, id);
  }
  const municipalities = new Map((await db.selectFrom("municipalities").select(["id", "name"]).execute()).map((m) => [m.name, m.id]));
  for (const [i, [theme, place, alias, daysAgo]] of INTEREST.entries()) {
    const at = new Date(now.getTime() - daysAgo * DAY_MS).toISOString();
    // Every other person left only a phone number (PTS's numbers for fiction); the rest an example.se address.
    const email = i % 2 === 0 ? `${alias.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@example.se` : null;
    await db
      .insertInto("self_help_interest")
      .values({
        theme_id: themeIds.get(theme)!,
        municipality_id: place === null ? null : municipalities.get(place)!,
        digital: place === null ? 1 : 0,
        alias,
        email,
        phone: email ? null : `070-174 06 ${String(5 + i).padStart(2, "0")}`,
        consent_at: at,
        // The demo's withdrawal links are not shown anywhere; a hash of a fixed text keeps the seed deterministic.
        withdraw_token_hash: createHash("sha256").update(`demo-self-help-${i}`).digest("hex"),
        last_contact_at: at,
        created_at: at,
      })
      .execute();
  }
}
