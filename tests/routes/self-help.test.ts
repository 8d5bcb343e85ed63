// The public self-help pages need no account and show counts only; the interest form keeps bad input with its errors;
// the withdrawal link deletes the registration after a confirmation; the coordinators' page is theirs alone.
import * as coordinatorPage from "~/routes/coordinator.self-help";
import * as themePage from "~/routes/sjalvhjalp.$themeId";
import * as themesPage from "~/routes/sjalvhjalp._index";
import * as withdrawPage from "~/routes/sjalvhjalp.aterkalla.$token";
import { db } from "~/utils/db.server";
import { sha256 } from "~/utils/security.server";
import { ensureMunicipality, insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest, postRequest } from "../setup/http";

async function theme(name = "Ensamhet", active = 1) {
  return (await db().insertInto("self_help_themes").values({ name, active, description: "Om att vara ensam.", created_at: "2026-12-01T08:00:00.000Z" }).returning("id").executeTakeFirstOrThrow()).id;
}

const valid = { alias: "Gran", email: "gran@example.se", phone: "", place: "digital", consent: "yes", website: "" };
const submit = (themeId: number | string, fields: Record<string, string>) =>
  call(themePage.action as never, postRequest(`/sjalvhjalp/${themeId}`, fields), { themeId: String(themeId) });
const rows = () => db().selectFrom("self_help_interest").selectAll().execute();

describe("the public theme list", () => {
  it("needs no account and shows each active theme with the number of places with interest", async () => {
    const id = await theme();
    await theme("Dold", 0);
    await submit(id, valid);
    const page = await call(themesPage.loader as never, getRequest("/sjalvhjalp"));
    expect(page.status).toBe(200);
    expect(page.data.themes).toEqual([{ id, name: "Ensamhet", nameEn: null, places: 1 }]);
    expect(JSON.stringify(page.data)).not.toMatch(/Gran|example\.se/);
  });
});

describe("a theme's page and its interest form", () => {
  it("shows the theme, the places to choose and the counts, to anyone", async () => {
    const id = await theme();
    await ensureMunicipality(db(), "Eksjö", "Höglandet");
    await submit(id, valid);
    const page = await call(themePage.loader as never, getRequest(`/sjalvhjalp/${id}`), { themeId: String(id) });
    expect(page.status).toBe(200);
    expect(page.data.theme).toMatchObject({ name: "Ensamhet", description: "Om att vara ensam.", interest: [{ digital: true, municipality: null, n: 1 }] });
    expect(page.data.places.map((p: { name: string }) => p.name)).toEqual(["Eksjö"]);
    expect(JSON.stringify(page.data)).not.toMatch(/Gran|example\.se/);
  });

  it.each(["999999", "abc", "0"])("is 404 for theme %s", async (themeId) => {
    expect((await call(themePage.loader as never, getRequest(`/sjalvhjalp/${themeId}`), { themeId })).status).toBe(404);
  });

  it("is 404 for a hidden theme, on load and on post", async () => {
    const id = await theme("Dold", 0);
    expect((await call(themePage.loader as never, getRequest(`/sjalvhjalp/${id}`), { themeId: String(id) })).status).toBe(404);
    expect((await submit(id, valid)).status).toBe(404);
    expect(await rows()).toEqual([]);
  });

  it("registers the interest and answers with the personal withdrawal link, whose token is stored only hashed", async () => {
    const id = await theme();
    const { id: eksjo } = await ensureMunicipality(db(), "Eksjö", "Höglandet");
    const answer = await submit(id, { ...valid, email: "", phone: "070-123 45 67", place: String(eksjo) });
    expect(answer.status).toBe(200);
    expect(answer.data.registered).toMatchObject({ mailed: false, place: { digital: false, municipality: "Eksjö" } });
    const token = answer.data.registered.path.replace("/sjalvhjalp/aterkalla/", "");
    expect(answer.data.registered.url).toMatch(new RegExp(`^https?://.+/sjalvhjalp/aterkalla/${token}$`));
    expect(await rows()).toEqual([expect.objectContaining({ alias: "Gran", email: null, phone: "070-123 45 67", municipality_id: eksjo, digital: 0, withdraw_token_hash: sha256(token) })]);
  });

  it.each([
    [{ alias: "" }, { alias: "selfHelp.errors.alias" }],
    [{ alias: "x".repeat(41) }, { alias: "selfHelp.errors.aliasTooLong" }],
    [{ email: "", phone: "" }, { email: "selfHelp.errors.reach" }],
    [{ email: "gran@" }, { email: "errors.email" }],
    [{ phone: "ring mig" }, { phone: "requests.errors.phoneInvalid" }],
    [{ place: "" }, { place: "selfHelp.errors.place" }],
    [{ place: "999999" }, { place: "selfHelp.errors.place" }],
    [{ consent: "" }, { consent: "selfHelp.errors.consent" }],
    [{ website: "https://spam.example" }, { website: "selfHelp.errors.form" }],
  ])("answers %o with 400, the errors and the values as posted, and stores nothing", async (change, errors) => {
    const id = await theme();
    const answer = await submit(id, { ...valid, ...change });
    expect(answer.status).toBe(400);
    expect(answer.data.errors).toEqual(errors);
    expect(answer.data.values).toMatchObject({ ...valid, ...change });
    expect(await rows()).toEqual([]);
  });

  it("refuses a repeated field and control characters with 400 before reading them", async () => {
    const id = await theme();
    const body = new URLSearchParams({ ...valid });
    body.append("alias", "Tall");
    const repeated = new Request(`http://localhost/sjalvhjalp/${id}`, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" } });
    expect((await call(themePage.action as never, repeated, { themeId: String(id) })).status).toBe(400);
    expect((await submit(id, { ...valid, alias: "Gr\u0000an" })).status).toBe(400);
    expect(await rows()).toEqual([]);
  });
});

describe("the cap per address", () => {
  it("takes 10 registrations an hour from one address, refuses the 11th with 429 and its values, and not another address's", async () => {
    const id = await theme();
    const from = (ip: string, alias: string) => call(themePage.action as never, postRequest(`/sjalvhjalp/${id}`, { ...valid, alias }), { themeId: String(id) }, { clientIp: ip });
    for (let i = 1; i <= 10; i++) expect((await from("198.51.100.7", `P${i}`)).status).toBe(200);
    expect(await from("198.51.100.7", "P11")).toMatchObject({ status: 429, data: { errors: { form: "selfHelp.errors.tooMany" }, values: { alias: "P11" } } });
    expect((await from("198.51.100.8", "Q1")).status).toBe(200);
    expect(await rows()).toHaveLength(11);
  });
});

describe("withdrawing", () => {
  async function registered() {
    const id = await theme();
    const answer = await submit(id, valid);
    return answer.data.registered.path.replace("/sjalvhjalp/aterkalla/", "") as string;
  }
  const load = (token: string) => call(withdrawPage.loader as never, getRequest(`/sjalvhjalp/aterkalla/${token}`), { token });
  const confirm = (token: string, fields: Record<string, string> = { confirm: "yes" }) =>
    call(withdrawPage.action as never, postRequest(`/sjalvhjalp/aterkalla/${token}`, fields), { token });

  it("shows what will be deleted, keeps it until confirmed, then deletes the row and its mail", async () => {
    const token = await registered();
    const page = await load(token);
    expect(page).toMatchObject({ status: 200, data: { interest: { alias: "Gran", theme: { name: "Ensamhet" }, place: { digital: true } } } });
    expect((await confirm(token, {})).status).toBe(400);
    expect(await rows()).toHaveLength(1);
    expect(await confirm(token)).toMatchObject({ status: 302, location: "/sjalvhjalp?aterkallad=1" });
    expect((await call(themesPage.loader as never, getRequest("/sjalvhjalp?aterkallad=1"))).data.withdrawn).toBe(true);
    expect(await rows()).toEqual([]);
    expect(await db().selectFrom("outbox").selectAll().execute()).toEqual([]);
    expect((await load(token)).status).toBe(404);
    expect((await confirm(token)).status).toBe(404);
  });

  it.each(["x".repeat(43), "kort", "../../etc"])("is 404 for the token %s", async (token) => {
    await registered();
    expect((await load(token)).status).toBe(404);
    expect(await rows()).toHaveLength(1);
  });
});

describe("the coordinators' page", () => {
  const coordinator = async () => cookieFor(await insertUser(db(), { role: "coordinator" }));
  const load = async (query = "", cookie?: string) => call(coordinatorPage.loader as never, getRequest(`/coordinator/self-help${query}`, { cookie }));

  it("is for coordinators only", async () => {
    expect((await load()).status).toBe(302);
    const volunteer = await cookieFor(await insertUser(db(), { role: "volunteer", person_id: await insertPerson(db()) }));
    const requester = await cookieFor(await insertUser(db(), { role: "requester" }));
    for (const cookie of [volunteer, requester]) {
      expect((await load("", cookie)).status).toBe(403);
      expect((await call(coordinatorPage.action as never, postRequest("/coordinator/self-help", { intent: "add", name: "X" }, { cookie }))).status).toBe(403);
    }
  });

  it("shows counts without contact details, marks 5 ready, and shows the queue with contact details only when opened", async () => {
    const id = await theme();
    for (const alias of ["A1", "A2", "A3", "A4", "A5"]) await submit(id, { ...valid, alias, email: `${alias.toLowerCase()}@example.se` });
    const cookie = await coordinator();
    const page = await load("", cookie);
    expect(page.data.interest).toEqual([expect.objectContaining({ themeId: id, theme: "Ensamhet", digital: true, waiting: 5, readyToStart: true })]);
    expect(page.data.opened).toBeNull();
    expect(JSON.stringify(page.data)).not.toMatch(/A1|example\.se/);
    const opened = await load(`?tema=${id}&plats=digital`, cookie);
    expect(opened.data.opened.queue.firstGroup.map((p: { alias: string; email: string }) => [p.alias, p.email])).toEqual([
      ["A1", "a1@example.se"], ["A2", "a2@example.se"], ["A3", "a3@example.se"], ["A4", "a4@example.se"], ["A5", "a5@example.se"],
    ]);
    expect((await load(`?tema=${id}&plats=999999`, cookie)).status).toBe(404);
    expect((await load(`?tema=abc&plats=digital`, cookie)).status).toBe(404);
  });

  it("adds a theme, refuses the same name again with 400, and hides a theme from the public list", async () => {
    const cookie = await coordinator();
    const post = (fields: Record<string, string>) => call(coordinatorPage.action as never, postRequest("/coordinator/self-help", fields, { cookie }));
    expect(await post({ intent: "add", name: "Utmattning", nameEn: "Exhaustion", description: "" })).toMatchObject({ status: 302 });
    expect(await post({ intent: "add", name: "utmattning", nameEn: "", description: "" })).toMatchObject({ status: 400, data: { errors: { name: "selfHelp.coordinator.errors.nameTaken" } } });
    expect(await post({ intent: "add", name: "", nameEn: "", description: "" })).toMatchObject({ status: 400, data: { errors: { name: "errors.required" } } });
    const [added] = (await load("", cookie)).data.themes;
    expect(await post({ intent: "deactivate", themeId: String(added.id) })).toMatchObject({ status: 302 });
    expect((await call(themesPage.loader as never, getRequest("/sjalvhjalp"))).data.themes).toEqual([]);
    expect((await post({ intent: "deactivate", themeId: "999999" })).status).toBe(404);
    expect((await post({ intent: "nonsense" })).status).toBe(400);
  });
});
