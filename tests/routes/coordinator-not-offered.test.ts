// The "not yet offered" page through its real loader: who is listed and in what order, their best request, the units to pitch to.
import * as route from "~/routes/coordinator.not-offered";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertAssignment, insertCareUnit, insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { area, expectCoordinatorOnly, signedIn, slotOn, thisYear } from "./plan-helpers";

const load = async (cookie: string) => {
  const outcome = await call(route.loader as never, getRequest("/coordinator/not-offered", { cookie }));
  expect(outcome.status).toBe(200);
  return (outcome.data as Awaited<ReturnType<typeof route.loader>>).view;
};

async function library() {
  const year = thisYear();
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
  const cancer = await area("cancer");
  const pain = await area("smärta");
  const unit = (name: string, kind: "primary_care" | "specialist_care" | "municipality" | "school" | "other", place: { id: number }) =>
    insertCareUnit(db(), { name, kind, municipality_id: place.id });
  const units = {
    clinic: await unit("Vårdcentralen Norr", "primary_care", jonkoping),
    ward: await unit("Kirurgen Ryhov", "specialist_care", jonkoping),
    homeCare: await unit("Hemtjänsten Värnamo", "municipality", varnamo),
    school: await unit("Vårdskolan Värnamo", "school", varnamo),
    other: await unit("Föreningen", "other", varnamo),
  };
  const joined = (yearsAgo: number, monthDay = "02-01") => `${year - yearsAgo}-${monthDay}`;
  const people = {
    oldest: await insertPerson(db(), {
      name: "Åsa Äldst",
      joined_on: joined(6),
      experienceAreaIds: [cancer],
      serviceAreas: [{ municipalityId: jonkoping.id }],
      serves_digital: 0,
    }),
    newer: await insertPerson(db(), { name: "Nils Nyare", joined_on: joined(1, "09-01"), experienceAreaIds: [pain] }),
    peerOffered: await insertPerson(db(), { name: "Pia Peer", joined_on: joined(3), roles: [{ role: "book" }, { role: "peer" }] }),
    paused: await insertPerson(db(), { name: "Paula Paus", joined_on: joined(2), status: "paused" }),
    offered: await insertPerson(db(), { name: "Olle Erbjuden", joined_on: joined(5) }),
    left: await insertPerson(db(), { name: "Lena Slutat", joined_on: joined(8), left_on: joined(1, "06-01") }),
    future: await insertPerson(db(), { name: "Frida Framtid", joined_on: `${year + 1}-01-15` }),
    peerOnly: await insertPerson(db(), { name: "Pelle Bara Peer", joined_on: joined(9), roles: [{ role: "peer" }] }),
  };
  const now = new Date().toISOString();
  // A declined offer of a book request counts as offered; an offer of a peer request does not count for the book goal.
  const closedBook = await insertRequest(db(), { care_unit_id: units.other, status: "cancelled", slots: [slotOn(2)] });
  await insertOffer(db(), { request_id: closedBook.id, person_id: people.offered, status: "declined", offered_at: now });
  const closedPeer = await insertRequest(db(), { care_unit_id: units.other, wanted_role: "peer", status: "cancelled", slots: [slotOn(2)] });
  await insertOffer(db(), { request_id: closedPeer.id, person_id: people.peerOffered, status: "expired", offered_at: now });
  // Åsa's assignment at the school last year: the kind of unit she knows.
  const lastYear = { starts_at: `${year - 1}-03-10T09:00:00.000Z`, ends_at: `${year - 1}-03-10T10:30:00.000Z` };
  const past = await insertRequest(db(), { care_unit_id: units.school, status: "completed", slots: [lastYear] });
  const accepted = await insertOffer(db(), { request_id: past.id, person_id: people.oldest, status: "accepted", offered_at: `${year - 1}-03-01T10:00:00.000Z` });
  await insertAssignment(db(), { offer_id: accepted, status: "completed" });
  // Home care asked about cancer once; the clinic asks now.
  await insertRequest(db(), { care_unit_id: units.homeCare, status: "completed", experienceAreaIds: [cancer], slots: [lastYear] });
  const cancerTalk = await insertRequest(db(), { title: "Lärcafé om cancer", care_unit_id: units.clinic, experienceAreaIds: [cancer], slots: [slotOn(2)] });
  const painTalk = await insertRequest(db(), { title: "Smärta i vardagen", care_unit_id: units.ward, experienceAreaIds: [pain], slots: [slotOn(3)] });
  return { people, units, cancerTalk, painTalk };
}

describe("GET /coordinator/not-offered", () => {
  it("lists the eligible books not offered this year, longest-standing first", async () => {
    const { people } = await library();
    const { cookie } = await signedIn("coordinator");
    const view = await load(cookie);
    // Not listed: offered this year (even declined), left last year, joining next year, not a book.
    expect(view.people.map((p) => [p.id, p.name])).toEqual([
      [people.oldest, "Åsa Äldst"],
      [people.peerOffered, "Pia Peer"],
      [people.paused, "Paula Paus"],
      [people.newer, "Nils Nyare"],
    ]);
    expect(view).toMatchObject({ year: thisYear(), eligible: 5, offered: 1 });
    expect(view.people.map((p) => p.blocked)).toEqual([null, null, "notActive", null]);
    expect(view.people[0]).toMatchObject({ title: "Levande bok", joinedOn: `${thisYear() - 6}-02-01` });
  });

  it("gives each person the open request where they score highest, and none to someone who cannot be offered", async () => {
    const { people, cancerTalk, painTalk } = await library();
    const { cookie } = await signedIn("coordinator");
    const best = Object.fromEntries((await load(cookie)).people.map((p) => [p.id, p.bestRequest]));
    expect(best[people.oldest]).toMatchObject({ id: cancerTalk.id, title: "Lärcafé om cancer", careUnit: { name: "Vårdcentralen Norr" } });
    expect(best[people.oldest]!.score).toBeGreaterThan(0);
    expect(best[people.newer]).toMatchObject({ id: painTalk.id, title: "Smärta i vardagen", experienceAreas: [{ name: "smärta", nameEn: null }] });
    expect(best[people.paused]).toBeNull();
  });

  it("names the three care units whose profile fits best, and why", async () => {
    const { people, units } = await library();
    const { cookie } = await signedIn("coordinator");
    const oldest = (await load(cookie)).people.find((p) => p.id === people.oldest)!;
    // Clinic: her care area and cancer. Ward: her care area. Home care: asked about cancer — ahead of the school,
    // whose kind she knows: equal points, more shared areas first. Föreningen fits in no way.
    expect(oldest.units).toEqual([
      { id: units.clinic, name: "Vårdcentralen Norr", kind: "primary_care", careArea: "Jönköping", sameCareArea: true, kindSeen: false, sharedAreas: [{ name: "cancer", nameEn: null }] },
      { id: units.ward, name: "Kirurgen Ryhov", kind: "specialist_care", careArea: "Jönköping", sameCareArea: true, kindSeen: false, sharedAreas: [] },
      { id: units.homeCare, name: "Hemtjänsten Värnamo", kind: "municipality", careArea: "Värnamo", sameCareArea: false, kindSeen: false, sharedAreas: [{ name: "cancer", nameEn: null }] },
    ]);
  });

  it("shows an empty list when every book has been offered something", async () => {
    const person = await insertPerson(db());
    await insertOffer(db(), { person_id: person, status: "declined" });
    const { cookie } = await signedIn("coordinator");
    expect(await load(cookie)).toMatchObject({ eligible: 1, offered: 1, people: [] });
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/coordinator/not-offered", route);
  });
});
