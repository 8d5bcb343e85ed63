// The catalogue's read model after writes: only changed people's cards are read again, and the result always equals a
// full read on a fresh handle, whatever table changed (the card_version triggers).
import { createDb } from "../../db/create-db";
import { loadCatalogue } from "~/models/catalogue.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson } from "../../db/insert-rows";

const TODAY = "2026-03-02";

async function fullRead() {
  const fresh = createDb(process.env.DATABASE_URL!);
  try {
    return await loadCatalogue(fresh, { today: TODAY });
  } finally {
    await fresh.destroy();
  }
}

const cardVersion = async (personId: number) =>
  (await db().selectFrom("people").select("card_version").where("id", "=", personId).executeTakeFirstOrThrow()).card_version;

describe("the catalogue's read model", () => {
  it("bumps a person's card version for every change a card shows, and not for her name", async () => {
    const id = await insertPerson(db());
    const steps: [string, () => Promise<unknown>, boolean][] = [
      ["title", () => db().updateTable("person_roles").set({ title: "Ny titel" }).where("person_id", "=", id).execute(), true],
      ["window added", () => db().insertInto("availability_windows").values({ person_id: id, weekday: 6, start_minute: 600, end_minute: 660 }).execute(), true],
      ["language removed", () => db().deleteFrom("person_languages").where("person_id", "=", id).execute(), true],
      ["training", () => db().updateTable("training_records").set({ completed_on: "2024-02-01" }).where("person_id", "=", id).execute(), true],
      ["format", () => db().insertInto("person_formats").values({ person_id: id, format: "workshop" }).execute(), true],
      ["paused", () => db().updateTable("people").set({ status: "paused" }).where("id", "=", id).execute(), true],
      ["approval", () => db().updateTable("people").set({ approved_at: null }).where("id", "=", id).execute(), true],
      ["name only", () => db().updateTable("people").set({ name: "Annat Namn", phone: "070-1234567" }).where("id", "=", id).execute(), false],
    ];
    for (const [what, change, bumps] of steps) {
      const before = await cardVersion(id);
      await change();
      expect({ what, bumped: (await cardVersion(id)) > before }).toEqual({ what, bumped: bumps });
    }
  });

  it("equals a full read after every kind of write, reading only the changed people's rows when few changed", async () => {
    const { careAreaId, id: municipalityId } = await ensureMunicipality(db());
    const area = (await db().insertInto("experience_areas").values({ name: "Diabetes", active: 1 }).returning("id").executeTakeFirstOrThrow()).id;
    const a = await insertPerson(db(), { roles: [{ role: "book", title: "Att leva med diabetes" }], experienceAreaIds: [area] });
    const b = await insertPerson(db(), { roles: [{ role: "peer", title: "Anhörig" }, { role: "book", title: "Bok om sorg" }] });
    const c = await insertPerson(db(), { roles: [{ role: "storyteller", title: "Berättelsen" }] });
    // Every query the read model runs, as Kysely's operation tree: enough to tell a read of some people from all.
    const seen: string[] = [];
    const logged = createDb(process.env.DATABASE_URL!).withPlugin({
      transformQuery: (args) => {
        seen.push(JSON.stringify(args.node));
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    try {
      expect(await loadCatalogue(logged, { today: TODAY })).toEqual(await fullRead());
      const writes: [string, () => Promise<unknown>, "some" | "all"][] = [
        ["a new title", () => db().updateTable("person_roles").set({ title: "Diabetes och jag" }).where("person_id", "=", a).execute(), "some"],
        ["b's Sunday evenings", () => db().insertInto("availability_windows").values({ person_id: b, weekday: 7, start_minute: 1080, end_minute: 1200 }).execute(), "some"],
        ["c untrained", () => db().deleteFrom("training_records").where("person_id", "=", c).execute(), "some"],
        ["b paused", () => db().updateTable("people").set({ status: "paused", paused_until: "2026-04-01" }).where("id", "=", b).execute(), "some"],
        ["a in one municipality", () => db().updateTable("person_service_areas").set({ care_area_id: null, municipality_id: municipalityId }).where("person_id", "=", a).execute(), "some"],
        ["a newcomer", () => insertPerson(db(), { roles: [{ role: "book", title: "Ny bok" }], serviceAreas: [{ careAreaId }] }), "some"],
        ["an experience area given an English name", () => db().updateTable("experience_areas").set({ name_en: "Diabetes (type 1)" }).where("id", "=", area).execute(), "all"],
        ["a anonymised", () => db().updateTable("people").set({ anonymised_at: "2026-03-01T10:00:00.000Z" }).where("id", "=", a).execute(), "some"],
        ["an experience area renamed", () => db().updateTable("experience_areas").set({ name: "Typ 1-diabetes" }).where("id", "=", area).execute(), "all"],
      ];
      for (const [what, write, reads] of writes) {
        await write();
        seen.length = 0;
        const cards = await loadCatalogue(logged, { today: TODAY });
        expect({ what, cards }).toEqual({ what, cards: await fullRead() });
        const rolesQuery = seen.find((q) => q.includes('"name":"person_roles"') && q.includes('"name":"presentation"'));
        // Every read filters on the bookable roles with one "in"; a read of only the changed people has a second.
        const ins = rolesQuery?.match(/"operator":"in"/g)?.length ?? 0;
        expect({ what, reads: ins > 1 ? "some" : "all" }).toEqual({ what, reads });
      }
    } finally {
      await logged.destroy();
    }
  });

  it("shows no card for the patient supporter role, which care units cannot request", async () => {
    await ensureMunicipality(db(), "Jönköping");
    const supporter = await insertPerson(db(), { roles: [{ role: "supporter" }] });
    const both = await insertPerson(db(), { roles: [{ role: "peer" }, { role: "supporter" }] });
    const cards = await loadCatalogue(db(), { today: TODAY });
    expect(cards.map((c) => c.personId)).not.toContain(supporter);
    expect(cards.filter((c) => c.personId === both).map((c) => c.role)).toEqual(["peer"]);
  });
});
