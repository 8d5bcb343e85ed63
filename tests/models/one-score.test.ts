// One score everywhere: the plan, the request page and the not-yet-offered page give the same total and the same parts
// for the same person and request, the plan's never-offered bonus kept apart from it.
import { PLAN_DEFAULTS } from "~/domain/matching/plan";
import { getCandidatesForDesk } from "~/models/desk-candidates-page.server";
import { loadNotOffered } from "~/models/not-offered.server";
import { loadPlan } from "~/models/plan-page.server";
import { db } from "~/utils/db.server";
import { insertOffer, insertPerson, insertRequest } from "../../db/insert-rows";
import { area, slotOn } from "../routes/plan-helpers";

describe("one score", () => {
  it("is the same on the plan, the request page and the not-yet-offered page", async () => {
    const pain = await area("Smärta");
    const book = await insertPerson(db(), { name: "Bok och peer", roles: [{ role: "book" }, { role: "peer" }], experienceAreaIds: [pain] });
    const other = await insertPerson(db(), { name: "Annan bok", experienceAreaIds: [pain] });
    // Two peer offers this year and no book offer: still never offered as a book (bug 4 of issue K).
    for (const day of [2, 3]) {
      const peerRequest = await insertRequest(db(), { wanted_role: "peer", status: "cancelled", slots: [slotOn(day)] });
      await insertOffer(db(), { request_id: peerRequest.id, person_id: book, status: "declined", offered_at: new Date().toISOString() });
    }
    const first = await insertRequest(db(), { title: "Smärtskola", experienceAreaIds: [pain], slots: [slotOn(2)] });
    const second = await insertRequest(db(), { title: "Personaldag", slots: [slotOn(4)] });

    const plan = await loadPlan(db());
    expect(plan.rows).toHaveLength(2);
    for (const row of plan.rows) {
      const desk = await getCandidatesForDesk(db(), { requestId: row.request.id, all: true });
      const same = desk!.candidates.find((c) => c.personId === row.personId)!;
      expect({ request: row.request.id, score: row.score, parts: row.parts }).toEqual({ request: row.request.id, score: same.total, parts: same.parts });
      expect(row.neverOffered).toBe(true);
      expect(row.parts.find((p) => p.key === "goalPressure")!.reason.key).toBe("matching.reason.neverOffered");
      expect(row.bonus).toBe(PLAN_DEFAULTS.neverOfferedBonus);
    }
    const view = await loadNotOffered(db());
    for (const person of view.people) {
      const best = person.bestRequest!;
      const desk = await getCandidatesForDesk(db(), { requestId: best.id, all: true });
      const same = desk!.candidates.find((c) => c.personId === person.id)!;
      expect({ person: person.id, score: best.score, parts: best.parts }).toEqual({ person: person.id, score: same.total, parts: same.parts });
    }
    expect(view.people.map((p) => p.id).sort()).toEqual([book, other].sort());
    expect([first.id, second.id]).toContain(view.people[0].bestRequest!.id);
  });
});
