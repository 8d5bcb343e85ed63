// The unmet-demand page through its real loader: which open requests nobody can serve, grouped by what is missing.
import * as route from "~/routes/coordinator.unmet";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertRequest } from "../../db/insert-rows";
import { call, getRequest } from "../setup/http";
import { area, expectCoordinatorOnly, signedIn, slotOn } from "./plan-helpers";

const load = async (cookie: string) => {
  const outcome = await call(route.loader as never, getRequest("/coordinator/unmet", { cookie }));
  expect(outcome.status).toBe(200);
  return (outcome.data as Awaited<ReturnType<typeof route.loader>>).view;
};

/** One book with cancer experience serving the care area Jönköping in person, on weekdays 08–17, and two paused ones. */
async function region() {
  const jonkoping = await ensureMunicipality(db(), "Jönköping", "Jönköping");
  const varnamo = await ensureMunicipality(db(), "Värnamo", "Värnamo");
  const cancer = await area("cancer");
  const parkinson = await area("Parkinson");
  await insertPerson(db(), { experienceAreaIds: [cancer], serviceAreas: [{ careAreaId: jonkoping.careAreaId }], serves_digital: 0 });
  for (let i = 0; i < 2; i++) await insertPerson(db(), { status: "paused", roles: [{ role: "peer" }] });
  const north = await insertCareUnit(db(), { name: "Vårdcentralen Norr", municipality_id: jonkoping.id });
  const south = await insertCareUnit(db(), { name: "Värnamo sjukhus", municipality_id: varnamo.id });
  const request = (title: string, overrides: Parameters<typeof insertRequest>[1] = {}) =>
    insertRequest(db(), { title, care_unit_id: north, slots: [slotOn(2)], ...overrides });
  return {
    far: await request("Personaldag i Värnamo", { care_unit_id: south }),
    weekend: await request("Lördagscafé", { slots: [slotOn(6)] }),
    story: await request("Berättarkväll", { wanted_role: "storyteller" }),
    parkinson: await request("Att leva med Parkinson", { experienceAreaIds: [parkinson] }),
    peers: await request("Peer-samtal", { wanted_role: "peer" }),
    met: await request("Lärcafé om cancer", { experienceAreaIds: [cancer] }),
    alreadyOffered: await request("Redan erbjuden i Värnamo", { care_unit_id: south, status: "offered" }),
  };
}

describe("GET /coordinator/unmet", () => {
  it("groups the open requests without a fitting candidate by what excluded the most people holding the role", async () => {
    const requests = await region();
    const { cookie } = await signedIn("coordinator");
    const view = await load(cookie);
    expect(view.open).toBe(6);
    expect(view.groups.map((g) => [g.reason, g.requests.map((r) => r.requestId)])).toEqual([
      ["noRoleHolder", [requests.story.id]],
      ["experienceNotCovered", [requests.parkinson.id]],
      ["notActive", [requests.peers.id]],
      ["outsideArea", [requests.far.id]],
      ["noFreeSlot", [requests.weekend.id]],
    ]);
    const byId = new Map(view.groups.flatMap((g) => g.requests).map((r) => [r.requestId, r]));
    expect(byId.get(requests.far.id)).toMatchObject({
      holders: 1,
      excludedBy: { outsideArea: 1 },
      request: { title: "Personaldag i Värnamo", municipality: "Värnamo", careUnit: { name: "Värnamo sjukhus" }, wantedRole: "book" },
    });
    expect(byId.get(requests.peers.id)).toMatchObject({ holders: 2, excludedBy: { notActive: 2 } });
    expect(byId.get(requests.story.id)).toMatchObject({ holders: 0, excludedBy: {} });
    expect(byId.get(requests.parkinson.id)).toMatchObject({ holders: 1, excludedBy: {}, request: { experienceAreas: [{ name: "Parkinson", nameEn: null }] } });
  });

  it("says so when no request is open", async () => {
    await insertRequest(db(), { status: "confirmed", slots: [slotOn(2)] });
    const { cookie } = await signedIn("coordinator");
    expect(await load(cookie)).toEqual({ open: 0, groups: [] });
  });

  it("is for coordinators only", async () => {
    await expectCoordinatorOnly("/coordinator/unmet", route);
  });
});
