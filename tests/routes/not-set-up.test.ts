// An installation without a coordinator shows the "not set up yet" page instead of home and sign-in, through the real loaders.
import * as home from "~/routes/_index";
import * as login from "~/routes/login";
import { isRegionSetUp } from "~/models/setup-status.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";

describe("a region that is not set up yet", () => {
  it("shows anonymous visitors the not-set-up page on the home page", async () => {
    const outcome = await call(home.loader as never, getRequest("/"));
    expect(outcome).toMatchObject({ status: 200, data: { setUp: false } });
  });

  it("sends the sign-in page to the home page, where the not-set-up page explains why nobody can sign in", async () => {
    const outcome = await call(login.loader as never, getRequest("/login?redirectTo=/coordinator"));
    expect(outcome).toMatchObject({ status: 302, location: "/" });
  });

  it("stays not set up with a region, people and other users but no coordinator", async () => {
    await ensureMunicipality(db(), "Eksjö", "Höglandet");
    await insertPerson(db());
    await insertUser(db(), { role: "requester" });
    await insertUser(db(), { role: "volunteer" });
    expect(await isRegionSetUp(db())).toBe(false);
    expect((await call(home.loader as never, getRequest("/"))).data).toEqual({ setUp: false });
  });

  it("sends a signed-in user home even before there is a coordinator", async () => {
    const volunteer = await insertUser(db(), { role: "volunteer" });
    const outcome = await call(home.loader as never, getRequest("/", { cookie: await cookieFor(volunteer) }));
    expect(outcome).toMatchObject({ status: 302, location: "/volunteer" });
  });
});

describe("a region with a coordinator", () => {
  it("counts as set up as soon as the first coordinator is invited, before they have a password", async () => {
    await insertUser(db(), { role: "coordinator", passwordHash: null });
    expect(await isRegionSetUp(db())).toBe(true);
    expect(await call(home.loader as never, getRequest("/"))).toMatchObject({ status: 200, data: { setUp: true } });
    expect(await call(login.loader as never, getRequest("/login"))).toMatchObject({ status: 200, location: null });
  });

  it("stays set up when that coordinator is disabled", async () => {
    await insertUser(db(), { role: "coordinator", disabled_at: new Date().toISOString() });
    expect(await isRegionSetUp(db())).toBe(true);
  });
});
