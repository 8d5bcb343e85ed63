// The idle timeout as a user meets it: the next page after too long away leads to the login page, which says why.
import * as login from "~/routes/login";
import * as volunteerHome from "~/routes/volunteer._index";
import * as coordinatorHome from "~/routes/coordinator._index";
import { db } from "~/utils/db.server";
import { insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const age = (userId: number, ms: number) => db().updateTable("sessions").set({ last_seen_at: ago(ms) }).where("user_id", "=", userId).execute();

describe("the idle timeout", () => {
  it("a coordinator away 31 minutes is sent to the login page, which says they were signed out for inactivity and drops the cookie", async () => {
    const id = await insertUser(db(), { role: "coordinator" });
    const cookie = await cookieFor(id);
    expect((await call(coordinatorHome.loader as never, getRequest("/coordinator", { cookie }))).status).toBe(200);
    await age(id, 31 * 60_000);
    const page = await call(coordinatorHome.loader as never, getRequest("/coordinator", { cookie }));
    expect(page).toMatchObject({ status: 302, location: "/login?redirectTo=%2Fcoordinator" });
    const form = await call(login.loader as never, getRequest("/login?redirectTo=%2Fcoordinator", { cookie }));
    expect(form.status).toBe(200);
    expect(form.data).toMatchObject({ idle: true });
    expect(form.headers.get("Set-Cookie")).toMatch(/Max-Age=0/i);
  });

  it("a volunteer away 31 minutes is still signed in, but not after 8 hours", async () => {
    await insertUser(db(), { role: "coordinator" });
    const id = await insertUser(db(), { role: "volunteer" });
    const cookie = await cookieFor(id);
    await age(id, 31 * 60_000);
    expect((await call(volunteerHome.loader as never, getRequest("/volunteer", { cookie }))).status).toBe(200);
    await age(id, 8 * 60 * 60_000 + 1000);
    expect((await call(volunteerHome.loader as never, getRequest("/volunteer", { cookie }))).status).toBe(302);
    expect((await call(login.loader as never, getRequest("/login", { cookie }))).data).toMatchObject({ idle: true });
  });

  it("the login page shows no notice to someone who simply is not signed in", async () => {
    await insertUser(db(), { role: "coordinator" });
    const form = await call(login.loader as never, getRequest("/login"));
    expect(form.data).toMatchObject({ idle: false });
    expect(form.headers.get("Set-Cookie")).toBeNull();
  });
});
