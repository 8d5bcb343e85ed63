// Choosing reminders: the volunteer on their profile page, a care-unit user on /unit; an unknown choice is refused.
import * as unitRoute from "~/routes/unit._index";
import * as profileRoute from "~/routes/volunteer.profile";
import { db } from "~/utils/db.server";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";
import { postForm } from "./unit-helpers";

const optOuts = async (userId: number) => (await db().selectFrom("reminder_opt_outs").select("kind").where("user_id", "=", userId).orderBy("kind").execute()).map((r) => r.kind);

describe.each([
  { role: "volunteer" as const, path: "/volunteer/profile", route: profileRoute },
  { role: "requester" as const, path: "/unit", route: unitRoute },
])("reminder choices on $path", ({ role, path, route }) => {
  it("starts with every reminder, saves the boxes left checked, and shows them again", async () => {
    const userId = await insertUser(db(), { role });
    const cookie = await cookieFor(userId);
    expect((await call(route.loader, getRequest(path, { cookie }))).data.reminders).toEqual(["offer_deadline", "assignment_tomorrow", "feedback_request"]);

    const saved = await call(route.action, postForm(path, { intent: "reminders", reminders: ["assignment_tomorrow"] }, cookie));
    expect(saved).toMatchObject({ status: 302, location: `${path}?paminnelser=1` });
    expect(await optOuts(userId)).toEqual(["feedback_request", "offer_deadline"]);
    expect((await call(route.loader, getRequest(path, { cookie }))).data.reminders).toEqual(["assignment_tomorrow"]);

    await call(route.action, postForm(path, { intent: "reminders" }, cookie));
    expect(await optOuts(userId)).toEqual(["assignment_tomorrow", "feedback_request", "offer_deadline"]);
  });

  it("refuses an unknown reminder without changing anything", async () => {
    const userId = await insertUser(db(), { role });
    const cookie = await cookieFor(userId);
    const refused = await call(route.action, postForm(path, { intent: "reminders", reminders: ["offer_deadline", "spam"] }, cookie));
    expect(refused.status).toBe(400);
    expect(refused.data).toEqual({ form: "reminders", errors: { form: "error.badRequestBody" }, values: null });
    expect(await optOuts(userId)).toEqual([]);
  });
});
