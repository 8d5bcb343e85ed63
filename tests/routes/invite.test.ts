import * as users from "~/routes/admin.users";
import * as invite from "~/routes/invite.$token";
import * as login from "~/routes/login";
import { db } from "~/utils/db.server";
import { getUser } from "~/utils/session.server";
import { insertCareUnit, insertUser } from "../../db/insert-rows";
import { call, cookieFor, cookieFromResponse, getRequest, postRequest } from "../setup/http";

describe("inviting a user", () => {
  it("a coordinator invites a requester; the link lets them choose a password and they are signed in", async () => {
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator" }));
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Tranås" });
    const created = await call(
      users.action as never,
      postRequest("/admin/users", { email: "anna@example.se", name: "Anna Andersson", role: "requester", careUnitId: String(unit) }, { cookie }),
    );
    expect(created.status).toBe(200);
    const link: string = created.data.invited.link;
    expect(link).toMatch(/^http:\/\/localhost\/invite\/[\w-]{40,}$/);
    const token = link.split("/").pop()!;

    const page = await call(invite.loader as never, getRequest(`/invite/${token}`), { token });
    expect(page.data.invite).toEqual({ name: "Anna Andersson", email: "anna@example.se" });

    const weak = await call(invite.action as never, postRequest(`/invite/${token}`, { password: "kort", confirm: "kort" }), { token });
    expect(weak.status).toBe(400);
    expect(weak.data.errors).toEqual({ password: "password.tooShort" });
    const own = await call(invite.action as never, postRequest(`/invite/${token}`, { password: "anna.andersson", confirm: "anna.andersson" }), { token });
    expect(own.data.errors).toEqual({ password: "password.weakPersonal" });
    const mismatch = await call(invite.action as never, postRequest(`/invite/${token}`, { password: "en lång fras", confirm: "en annan fras" }), { token });
    expect(mismatch.data.errors).toEqual({ confirm: "password.mismatch" });

    const done = await call(invite.action as never, postRequest(`/invite/${token}`, { password: "en lång fras", confirm: "en lång fras" }), { token });
    expect(done.status).toBe(302);
    expect(done.location).toBe("/unit");
    const user = await getUser(getRequest("/", { cookie: cookieFromResponse(done) }));
    expect(user).toMatchObject({ email: "anna@example.se", role: "requester", care_unit_id: unit });

    const again = await call(invite.loader as never, getRequest(`/invite/${token}`), { token });
    expect(again.status).toBe(410);
    const signIn = await call(login.action as never, postRequest("/login", { email: "anna@example.se", password: "en lång fras" }));
    expect(signIn.status).toBe(302);
  });

  it("shows each problem next to its field and keeps what was typed", async () => {
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator" }));
    const outcome = await call(
      users.action as never,
      postRequest("/admin/users", { email: "inte-en-adress", name: "", role: "volunteer", personId: "" }, { cookie }),
    );
    expect(outcome.status).toBe(400);
    expect(outcome.data.errors).toEqual({ email: "errors.email", name: "errors.required", personId: "users.personRequired" });
    expect(outcome.data.values).toMatchObject({ email: "inte-en-adress", role: "volunteer" });
    expect(await db().selectFrom("invites").selectAll().execute()).toEqual([]);
  });

  it("rejects an unknown role and absurd input with 400, not 500", async () => {
    const cookie = await cookieFor(await insertUser(db(), { role: "coordinator" }));
    for (const fields of [
      { email: "a@example.se", name: "A", role: "admin" },
      { email: "a@example.se", name: "x".repeat(10_000), role: "coordinator" },
      { email: "a@example.se", name: "A", role: "requester", careUnitId: "-1" },
      { email: "a@example.se", name: "A", role: "requester", careUnitId: "9e99" },
    ]) {
      expect((await call(users.action as never, postRequest("/admin/users", fields, { cookie }))).status).toBe(400);
    }
  });
});
