// The demo region's running self-help groups (issue M): a group starter with the demo login, a digital group running
// on its own since the autumn and a group in Jönköping that has just started, members under aliases and attendance.
// The Ensamhet/Jönköping queue (seed-self-help.ts) is left at 5 waiting, so "Starta grupp" can be tried.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { meetingsToSchedule } from "../app/domain/self-help-groups";
import { addDays as addLocalDays, instantToLocal } from "../app/domain/stockholm-time";
import { insertPerson, insertUser } from "./insert-rows";
import type { Database } from "./schema";

/** The demo starter login (igangsattare@example.se) belongs to this person. */
export const DEMO_STARTER = "Ingrid Igång";
export const DEMO_STARTER_EMAIL = "igangsattare@example.se";

// Every day 12–21: the groups below meet at 13:00 and 18:00, and the start page's first proposal (a week ahead at
// 18:00) finds her free, whatever the weekday.
const DAYTIME_AND_EVENINGS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start_minute: 12 * 60, end_minute: 21 * 60 }));

interface GroupSeed {
  theme: string;
  /** A municipality's name, or null for a digital group. */
  place: string | null;
  meetingPlace: string;
  /** Days before today of the first meeting, and its local clock time in minutes. */
  firstDaysAgo: number;
  minute: number;
  members: [alias: string, answer: "confirmed" | "declined" | null][];
}

const GROUPS: GroupSeed[] = [
  {
    theme: "Nära anhörigs död",
    place: null,
    meetingPlace: "Videomöte – länken skickas till deltagarna dagen före",
    firstDaysAgo: 70,
    minute: 18 * 60,
    members: [["Dimma", "confirmed"], ["Skärgård", "confirmed"], ["Ekollon", "confirmed"], ["Granskog", "confirmed"], ["Havsörn", "declined"], ["Tallkotte", "confirmed"]],
  },
  {
    theme: "Smärta",
    place: "Jönköping",
    meetingPlace: "Hjärtats hus, Västra Storgatan 10, Jönköping",
    firstDaysAgo: 6,
    minute: 13 * 60,
    members: [["Näckros", "confirmed"], ["Blåklint", "confirmed"], ["Kantarell", null], ["Rönnbär", "confirmed"], ["Vildros", null]],
  },
];

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

export async function seedSelfHelpGroups(db: Kysely<Database>, { now, coordinatorId, passwordHash }: { now: Date; coordinatorId: number; passwordHash: string }): Promise<void> {
  const today = instantToLocal(now).date;
  const joined = addLocalDays(today, -400);
  const municipalities = new Map((await db.selectFrom("municipalities").select(["id", "name", "care_area_id"]).execute()).map((m) => [m.name, m]));
  const jonkoping = municipalities.get("Jönköping")!;
  const starterId = await insertPerson(db, {
    name: DEMO_STARTER,
    email: DEMO_STARTER_EMAIL,
    joined_on: joined,
    roles: [{ role: "starter" }],
    formats: [],
    serviceAreas: [{ careAreaId: jonkoping.care_area_id }],
    serves_digital: 1,
    training: [{ kind: "basic", completed_on: joined, note: "Utbildning för igångsättare av självhjälpsgrupper" }],
    windows: DAYTIME_AND_EVENINGS,
  });
  await insertUser(db, { role: "volunteer", person_id: starterId, name: DEMO_STARTER, email: DEMO_STARTER_EMAIL, passwordHash });
  // A second starter outside Jönköping, so the start page also shows someone left out and why.
  const varnamo = municipalities.get("Värnamo");
  if (varnamo) {
    await insertPerson(db, { name: "Vera Värn", email: "vera.varn@example.se", joined_on: joined, roles: [{ role: "starter" }], formats: [], serviceAreas: [{ municipalityId: varnamo.id }], serves_digital: 0, windows: DAYTIME_AND_EVENINGS });
  }

  const themes = new Map((await db.selectFrom("self_help_themes").select(["id", "name"]).execute()).map((t) => [t.name, t.id]));
  for (const [g, spec] of GROUPS.entries()) {
    const firstDate = addLocalDays(today, -spec.firstDaysAgo);
    const meetings = meetingsToSchedule(firstDate, spec.minute, 0, now);
    const createdAt = new Date(meetings[0].start.getTime() - 7 * 86_400_000).toISOString();
    const fourthEnded = meetings[3].end.getTime() <= now.getTime();
    const { id: groupId } = await db
      .insertInto("self_help_groups")
      .values({
        theme_id: themes.get(spec.theme)!,
        digital: spec.place === null ? 1 : 0,
        municipality_id: spec.place === null ? null : municipalities.get(spec.place)!.id,
        meeting_place: spec.meetingPlace,
        status: fourthEnded ? "self_running" : "starting",
        starter_person_id: starterId,
        created_at: createdAt,
        created_by_user_id: coordinatorId,
        ended_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const meetingIds: { id: number; held: boolean }[] = [];
    for (const m of meetings) {
      const row = { group_id: groupId, number: m.number, starts_at: m.start.toISOString(), ends_at: m.end.toISOString(), with_starter: m.withStarter ? 1 : 0, cancelled_at: null };
      const { id } = await db.insertInto("self_help_group_meetings").values(row).returning("id").executeTakeFirstOrThrow();
      meetingIds.push({ id, held: m.end.getTime() <= now.getTime() });
    }
    const memberIds: number[] = [];
    for (const [i, [alias, answer]] of spec.members.entries()) {
      // Every third member left only a phone number (PTS's numbers for fiction).
      const email = i % 3 === 2 ? null : `${alias.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "")}@example.se`;
      const { id } = await db
        .insertInto("self_help_group_members")
        .values({
          group_id: groupId,
          alias,
          email,
          phone: email ? null : `070-174 06 ${String(40 + g * 10 + i).padStart(2, "0")}`,
          position: i + 1,
          invite_token_hash: hash(`demo-self-help-group-${g}-${i}`),
          invited_at: createdAt,
          confirmed_at: answer === "confirmed" ? createdAt : null,
          declined_at: answer === "declined" ? createdAt : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (answer !== "declined") memberIds.push(id);
    }
    // Who came: everyone who said yes, but each member misses about one meeting in four (deterministically).
    const rows = meetingIds.filter((m) => m.held).flatMap((m, k) => memberIds.map((memberId, j) => ({ meeting_id: m.id, member_id: memberId, present: (k + j) % 4 === 3 ? 0 : 1 })));
    if (rows.length > 0) await db.insertInto("self_help_attendance").values(rows).execute();
  }
}
