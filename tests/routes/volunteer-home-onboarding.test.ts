// The volunteer's start page as a task list: what a newly invited person still has to do, each with a link, until all is done.
import { createRemixStub } from "@remix-run/testing";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createFeedToken } from "~/models/calendar-tokens.server";
import * as homeRoute from "~/routes/volunteer._index";
import { db } from "~/utils/db.server";
import { insertPerson, insertUser } from "../../db/insert-rows";
import { call, cookieFor, getRequest } from "../setup/http";

async function home(cookie: string) {
  const page = await call(homeRoute.loader as never, getRequest("/volunteer", { cookie }));
  expect(page.status).toBe(200);
  return page.data;
}

/** The page rendered from the loader's real data; the stub router's useLayoutEffect warning is the only expected one. */
function html(data: unknown) {
  const Stub = createRemixStub([{ id: "page", path: "/volunteer", Component: homeRoute.default, loader: () => data as never }]);
  const text = renderToString(createElement(Stub, { initialEntries: ["/volunteer"], hydrationData: { loaderData: { page: data } } }));
  const errors = vi.mocked(console.error).mock.calls.map((args) => String(args[0]));
  expect(errors.filter((e) => !e.includes("useLayoutEffect does nothing on the server"))).toEqual([]);
  vi.mocked(console.error).mockClear();
  return text;
}

/** A person the coordinator just created and invited: a title, nothing else. */
async function invited() {
  const personId = await insertPerson(db(), { roles: [{ role: "book", title: "Att leva med bipolär sjukdom" }], training: [], windows: [], approved_at: null });
  const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
  return { personId, userId, cookie: await cookieFor(userId) };
}

const statuses = (data: { onboarding: { tasks: { task: string; status: string }[] } }) => Object.fromEntries(data.onboarding.tasks.map((t) => [t.task, t.status]));

describe("the volunteer's start page", () => {
  it("shows a newly invited volunteer every step, each linked to where it is done, the coordinator's steps without a link", async () => {
    const me = await invited();
    const data = await home(me.cookie);
    expect(data.onboarding.complete).toBe(false);
    expect(statuses(data)).toEqual({ profile: "todo", experience: "todo", availability: "todo", calendar: "todo", training: "coordinator", published: "coordinator" });
    const text = html(data);
    expect(text).toContain("Kom igång");
    expect(text).toContain("0 av 6 steg är klara.");
    expect(text).toContain('href="/volunteer/profile#presentation_book"');
    expect(text).toContain('href="/volunteer/profile#experienceAreaIds"');
    expect(text).toContain('href="/volunteer/availability"');
    expect(text).toContain('href="/volunteer/calendar"');
    expect(text.match(/Inte klar/g)).toHaveLength(4);
    expect(text.match(/Väntar på samordnaren/g)).toHaveLength(2);
    expect(text).not.toContain("Allt klart");
  });

  it("marks each step done as the volunteer and the coordinator finish them, then shows one line", async () => {
    const me = await invited();
    const area = (await db().insertInto("experience_areas").values({ name: "bipolär sjukdom" }).returning("id").executeTakeFirstOrThrow()).id;
    await db().updateTable("person_roles").set({ presentation: "Om mani, depression och vägen tillbaka." }).where("person_id", "=", me.personId).execute();
    await db().insertInto("person_experience_areas").values({ person_id: me.personId, experience_area_id: area }).execute();
    await db().insertInto("availability_windows").values({ person_id: me.personId, weekday: 2, start_minute: 540, end_minute: 720 }).execute();
    const partly = await home(me.cookie);
    expect(statuses(partly)).toMatchObject({ profile: "done", experience: "done", availability: "done", calendar: "todo" });
    const text = html(partly);
    expect(text).toContain("3 av 6 steg är klara.");
    // A done step still links to its page, without the fragment that points at a missing field.
    expect(text).toContain('href="/volunteer/profile"');

    await createFeedToken(db(), { owner: { personId: me.personId }, actorUserId: me.userId });
    await db().insertInto("training_records").values({ person_id: me.personId, kind: "basic", completed_on: "2025-01-01", note: null }).execute();
    expect((await home(me.cookie)).onboarding.complete).toBe(false);
    await db().updateTable("people").set({ approved_at: new Date().toISOString() }).where("id", "=", me.personId).execute();
    const done = await home(me.cookie);
    expect(done.onboarding.complete).toBe(true);
    const finished = html(done);
    expect(finished).toContain("Allt klart");
    expect(finished).not.toContain("Kom igång");
  });

  it("lists what an existing volunteer still lacks next to their roles", async () => {
    const personId = await insertPerson(db(), { roles: [{ role: "peer", title: "Peer-stöd", presentation: "Jag berättar om återhämtning." }], experienceAreaIds: [] });
    const userId = await insertUser(db(), { role: "volunteer", person_id: personId });
    const data = await home(await cookieFor(userId));
    expect(statuses(data)).toMatchObject({ experience: "todo", calendar: "todo", published: "done" });
    expect(html(data)).toContain("Peer-stöd");
  });
});

describe("the start page of someone a care unit cannot book", () => {
  it("leaves out the card's steps, offers and open requests for a patient supporter, and links her log", async () => {
    const personId = await insertPerson(db(), { roles: [{ role: "supporter" }], training: [], windows: [] });
    const data = await home(await cookieFor(await insertUser(db(), { role: "volunteer", person_id: personId })));
    expect(data).toMatchObject({ onboarding: null, bookable: false });
    const page = html(data);
    expect(page).toContain('href="/volunteer/contacts"');
    expect(page).not.toContain('href="/volunteer/open-requests"');
    expect(page).not.toContain("Kom igång");
  });

  it("links a group starter to her groups, and keeps a book's steps when she is a starter too", async () => {
    const starter = await insertPerson(db(), { roles: [{ role: "starter" }] });
    const alone = await home(await cookieFor(await insertUser(db(), { role: "volunteer", person_id: starter })));
    expect(html(alone)).toContain('href="/volunteer/groups"');
    const both = await insertPerson(db(), { roles: [{ role: "book", title: "Att leva med diabetes" }, { role: "starter" }], training: [], windows: [], approved_at: null });
    const data = await home(await cookieFor(await insertUser(db(), { role: "volunteer", person_id: both })));
    expect(data.bookable).toBe(true);
    expect(data.onboarding).not.toBeNull();
  });
});
