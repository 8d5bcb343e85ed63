// The demo's running self-help groups: a starter with the demo login, a digital group running on its own since the
// autumn and a starting one in Jönköping, with members under aliases and attendance; the Ensamhet queue untouched.
import { interestOverview } from "~/models/self-help-coordinator.server";
import { listGroups } from "~/models/self-help-group-pages.server";
import { startPage } from "~/models/self-help-groups.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertUser } from "../../db/insert-rows";
import { seedSelfHelp } from "../../db/seed-self-help";
import { DEMO_STARTER, DEMO_STARTER_EMAIL, seedSelfHelpGroups } from "../../db/seed-self-help-groups";

const NOW = new Date("2026-12-06T10:00:00.000Z");

async function seeded() {
  await ensureMunicipality(db(), "Jönköping", "Jönköping");
  await ensureMunicipality(db(), "Eksjö", "Höglandet");
  await ensureMunicipality(db(), "Värnamo", "Värnamo");
  await seedSelfHelp(db(), NOW);
  await seedSelfHelpGroups(db(), { now: NOW, coordinatorId: await insertUser(db(), { role: "coordinator" }), passwordHash: "x" });
}

describe("the self-help groups seed", () => {
  it("runs a digital group on its own since 2026 and a starting group in Jönköping, both led by the demo starter", async () => {
    await seeded();
    const groups = await listGroups(db(), NOW);
    expect(groups.map((g) => [g.theme, g.place.digital, g.place.municipality, g.status, g.starter])).toEqual([
      ["Smärta", false, "Jönköping", "starting", DEMO_STARTER],
      ["Nära anhörigs död", true, null, "self_running", DEMO_STARTER],
    ]);
    const first = await db().selectFrom("self_help_group_meetings").select("starts_at").where("number", "=", 1).orderBy("starts_at").executeTakeFirstOrThrow();
    expect(first.starts_at.startsWith("2026-")).toBe(true);
    const login = await db().selectFrom("users").innerJoin("person_roles", "person_roles.person_id", "users.person_id").select(["users.role", "person_roles.role as personRole"]).where("users.email", "=", DEMO_STARTER_EMAIL).execute();
    expect(login).toEqual([{ role: "volunteer", personRole: "starter" }]);
    const attendance = await db().selectFrom("self_help_attendance").select(["present"]).execute();
    expect(attendance.some((a) => a.present === 1) && attendance.some((a) => a.present === 0)).toBe(true);
  });

  it("leaves Ensamhet in Jönköping at 5 waiting, and ranks the demo starter first for it a week ahead at 18:00", async () => {
    await seeded();
    expect((await interestOverview(db())).filter((r) => r.readyToStart).map((r) => [r.theme, r.waiting])).toEqual([["Ensamhet", 5]]);
    const ensamhet = await db().selectFrom("self_help_themes").select("id").where("name", "=", "Ensamhet").executeTakeFirstOrThrow();
    const { id: municipalityId } = await ensureMunicipality(db(), "Jönköping");
    const page = await startPage(db(), { themeId: ensamhet.id, place: { digital: false, municipalityId }, when: { firstDate: "2026-12-13", minute: 18 * 60 }, now: NOW });
    expect(page!.candidates.map((c) => c.name)).toEqual([DEMO_STARTER]);
    expect(page!.excluded.map((e) => [e.name, e.reason])).toEqual([["Vera Värn", "outsideArea"]]);
  });
});
