// The demo's self-help data: the region's 13 themes, and Ensamhet in Jönköping with the 5 needed to start a group.
import { interestOverview } from "~/models/self-help-coordinator.server";
import { listPublicThemes } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality } from "../../db/insert-rows";
import { seedSelfHelp } from "../../db/seed-self-help";

const NOW = new Date("2026-12-06T10:00:00.000Z");

describe("the self-help seed", () => {
  beforeEach(async () => {
    await ensureMunicipality(db(), "Jönköping", "Jönköping");
    await ensureMunicipality(db(), "Eksjö", "Höglandet");
  });

  it("lists the region's themes, each with an English name", async () => {
    await seedSelfHelp(db(), NOW);
    const themes = await listPublicThemes(db());
    expect(themes).toHaveLength(13);
    expect(themes.map((t) => t.name)).toEqual(expect.arrayContaining(["Raserad ekonomi", "Förälder till ett stammande barn", "Närstående till någon med beroende"]));
    expect(themes.every((t) => t.nameEn)).toBe(true);
  });

  it("makes exactly one theme × place ready to start, and the same rows for the same date", async () => {
    await seedSelfHelp(db(), NOW);
    const overview = await interestOverview(db());
    expect(overview.filter((r) => r.readyToStart).map((r) => [r.theme, r.municipality, r.waiting])).toEqual([["Ensamhet", "Jönköping", 5]]);
    expect(overview.some((r) => r.digital)).toBe(true);
    const first = await db().selectFrom("self_help_interest").select(["alias", "email", "phone", "created_at", "withdraw_token_hash"]).orderBy("id").execute();
    await db().deleteFrom("self_help_interest").execute();
    await db().deleteFrom("self_help_themes").execute();
    await seedSelfHelp(db(), NOW);
    expect(await db().selectFrom("self_help_interest").select(["alias", "email", "phone", "created_at", "withdraw_token_hash"]).orderBy("id").execute()).toEqual(first);
    expect(first.every((r) => (r.email ?? "").endsWith("@example.se") || (r.phone ?? "").startsWith("070-174 06"))).toBe(true);
  });
});
