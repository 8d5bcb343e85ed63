import * as route from "~/routes/admin.people.$personId_.profile";
import { db } from "~/utils/db.server";
import { insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function setUp() {
  const area = await db().insertInto("experience_areas").values({ name: "smärta" }).returning("id").executeTakeFirstOrThrow();
  const personId = await insertPerson(db(), { name: "Per Persson", roles: [{ role: "book", title: "Att leva med smärta" }] });
  const coordinator = await cookieFor(await insertUser(db(), { role: "coordinator" }));
  return { personId, areaId: area.id, coordinator };
}

const fields = (areaId: number) => ({
  title_book: "Att leva med långvarig smärta",
  presentation_book: "",
  experienceAreaIds: String(areaId),
  formats: "lecture",
  languages: "sv",
  servesDigital: "on",
  maxPerMonth: "4",
  pausedUntil: "",
});

describe("a coordinator editing a person's profile", () => {
  it("sees the same profile form data and saves it for the person, audited as the coordinator", async () => {
    const { personId, areaId, coordinator } = await setUp();
    const page = await call(route.loader as never, getRequest(`/admin/people/${personId}/profile`, { cookie: coordinator }), { personId: String(personId) });
    expect(page.status).toBe(200);
    expect(page.data.profile.person.name).toBe("Per Persson");
    const saved = await call(route.action as never, postRequest(`/admin/people/${personId}/profile`, fields(areaId), { cookie: coordinator }), { personId: String(personId) });
    expect(saved.status).toBe(302);
    const role = await db().selectFrom("person_roles").select("title").where("person_id", "=", personId).executeTakeFirstOrThrow();
    expect(role.title).toBe("Att leva med långvarig smärta");
    const person = await db().selectFrom("people").select(["max_per_month", "serves_digital"]).where("id", "=", personId).executeTakeFirstOrThrow();
    expect(person).toEqual({ max_per_month: 4, serves_digital: 1 });
    const log = await db().selectFrom("audit_log").select(["action", "actor_user_id"]).where("entity", "=", "person").execute();
    expect(log).toHaveLength(1);
    expect(log[0].action).toBe("update_profile");
  });

  it("answers bad input with field errors and unknown or malformed ids with 404", async () => {
    const { personId, areaId, coordinator } = await setUp();
    const bad = await call(route.action as never, postRequest(`/admin/people/${personId}/profile`, { ...fields(areaId), maxPerMonth: "99" }, { cookie: coordinator }), { personId: String(personId) });
    expect(bad.status).toBe(400);
    expect(bad.data.errors).toEqual({ maxPerMonth: "profile.maxInvalid" });
    for (const id of ["999999", "abc", "1.5", "-1"]) {
      expect((await call(route.loader as never, getRequest(`/admin/people/${id}/profile`, { cookie: coordinator }), { personId: id })).status).toBe(404);
    }
  });
});
