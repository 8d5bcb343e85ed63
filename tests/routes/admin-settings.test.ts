// The plan's quality floor on /admin/settings: a whole number of points in range, audited; anything else a clear 400.
import { DEFAULT_SCORE_FLOOR, SCORE_FLOOR_RANGE } from "~/domain/matching/match-quality";
import { getScoreFloor } from "~/models/region-settings.server";
import * as route from "~/routes/admin.settings";
import { hasFormErrors } from "~/utils/meta";
import { db } from "~/utils/db.server";
import { call, getRequest } from "../setup/http";
import { signedIn } from "./plan-helpers";
import { postForm } from "./unit-helpers";

describe("the plan's quality floor on /admin/settings", () => {
  const load = (cookie: string) => call(route.loader as never, getRequest("/admin/settings", { cookie }));
  const save = (cookie: string, fields: Record<string, string | string[]>) => call(route.action as never, postForm("/admin/settings", fields, cookie));

  it("starts at the default, and a coordinator's new floor is saved and audited", async () => {
    const { cookie, userId } = await signedIn("coordinator");
    expect((await load(cookie)).data).toMatchObject({ scoreFloor: DEFAULT_SCORE_FLOOR });
    expect(await save(cookie, { intent: "scoreFloor", scoreFloor: " 55 " })).toMatchObject({ status: 302, location: "/admin/settings?sparat=1" });
    expect((await load(cookie)).data).toMatchObject({ scoreFloor: 55 });
    const audit = await db().selectFrom("audit_log").selectAll().where("entity", "=", "setting").execute();
    expect(audit).toEqual([expect.objectContaining({ actor_user_id: userId, entity_id: "plan_score_floor", action: "update" })]);
  });

  it.each([["abc"], ["-1"], ["1.5"], [""], [String(SCORE_FLOOR_RANGE.max + 1)], ["1e2"]])("refuses %j with the field's error and keeps the floor", async (value) => {
    const { cookie } = await signedIn("coordinator");
    const outcome = await save(cookie, { intent: "scoreFloor", scoreFloor: value });
    expect(outcome.status).toBe(400);
    expect(outcome.data).toEqual({ errors: { scoreFloor: "desk.settings.scoreFloorInvalid" }, values: { scoreFloor: value } });
    expect(hasFormErrors(outcome.data)).toBe(true);
    expect(await getScoreFloor(db())).toBe(DEFAULT_SCORE_FLOOR);
  });

  it("refuses a repeated field as a bad request", async () => {
    const { cookie } = await signedIn("coordinator");
    expect((await save(cookie, { intent: "scoreFloor", scoreFloor: ["10", "20"] })).status).toBe(400);
    expect(await getScoreFloor(db())).toBe(DEFAULT_SCORE_FLOOR);
  });

  it("is for coordinators only", async () => {
    const volunteer = await signedIn("volunteer");
    expect((await save(volunteer.cookie, { intent: "scoreFloor", scoreFloor: "0" })).status).toBe(403);
    expect(await getScoreFloor(db())).toBe(DEFAULT_SCORE_FLOOR);
  });
});
