// Ranking one request: every person is either a ranked candidate or excluded with a reason, same as the single checks.
import { checkCandidate } from "~/domain/matching/constraints";
import { rankCandidates, topCandidates } from "~/domain/matching/rank";
import { neverOfferedFor, scoreCandidate } from "~/domain/matching/score";
import { indexSnapshot } from "~/domain/matching/snapshot-index";
import type { MatchingSnapshot } from "~/domain/matching/types";
import { APRIL_SLOT, HABO, JONKOPING, JONKOPING_AREA, MARCH_SLOT, person, prng, request, snapshot, VARNAMO, VARNAMO_AREA } from "./builders";

describe("rankCandidates", () => {
  const people = [
    person({ id: 1 }),
    person({ id: 2, roles: ["peer"] }),
    person({ id: 3, careAreaIds: [VARNAMO_AREA] }),
    person({ id: 4, experienceAreaIds: [1], municipalityIds: [JONKOPING] }),
    person({ id: 5, maxPerMonth: 0 }),
  ];

  it("ranks the candidates with their parts and lists everyone else with the reason", () => {
    const ranking = rankCandidates(snapshot(people, [request()]), 100)!;
    expect(ranking.candidates.map((c) => [c.personId, c.freeSlotIds])).toEqual([
      [1, [MARCH_SLOT.id]],
      [4, [MARCH_SLOT.id]],
    ]);
    expect(ranking.candidates[0].parts.find((p) => p.key === "experience")!.reason).toEqual({
      key: "matching.reason.experienceOverlap",
      vars: { matched: 3, wanted: 3 },
    });
    expect(ranking.excluded).toEqual([
      { personId: 2, reason: "wrongRole" },
      { personId: 3, reason: "outsideArea" },
      { personId: 5, reason: "overCap" },
    ]);
  });

  it("answers null for a request the snapshot does not hold", () => {
    expect(rankCandidates(snapshot(people, [request()]), 999)).toBeNull();
  });
});

function randomSnapshot(seed: number): MatchingSnapshot {
  const rand = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const people = Array.from({ length: 60 }, (_, i) =>
    person({
      id: 1 + ((i * 37) % 60),
      roles: pick([["book"], ["peer"], ["book", "storyteller"], ["book", "peer"]]),
      experienceAreaIds: [1, 2, 3, 4].filter(() => rand() < 0.5),
      careAreaIds: rand() < 0.5 ? [pick([JONKOPING_AREA, VARNAMO_AREA])] : [],
      municipalityIds: rand() < 0.5 ? [pick([JONKOPING, HABO, VARNAMO])] : [],
      servesDigital: rand() < 0.5,
      maxPerMonth: Math.floor(rand() * 3),
      offersThisYear: Math.floor(rand() * 3),
      bookOffersThisYear: Math.floor(rand() * 2),
      feedbackRating: rand() < 0.5 ? null : 1 + rand() * 4,
    }),
  );
  const requests = Array.from({ length: 10 }, (_, i) =>
    request({
      id: 100 + i,
      wantedRole: pick(["book", "peer", "storyteller"] as const),
      isDigital: rand() < 0.3,
      ...(rand() < 0.5 ? { municipalityId: VARNAMO, careAreaId: VARNAMO_AREA } : { municipalityId: pick([JONKOPING, HABO]) }),
      slots: rand() < 0.5 ? [MARCH_SLOT, APRIL_SLOT] : [pick([MARCH_SLOT, APRIL_SLOT])],
      declinedPersonIds: [Math.ceil(rand() * 60)],
    }),
  );
  return snapshot(people, requests);
}

describe("ranking from the indexes agrees with the single checks", () => {
  it("on random snapshots: candidates and exclusions as checkCandidate and scoreCandidate say, the plan's shortlist a prefix", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const snap = randomSnapshot(seed);
      for (const r of snap.requests) {
        const ranking = rankCandidates(snap, r.id)!;
        const expected = [...snap.people].sort((a, b) => a.id - b.id).map((p) => ({ id: p.id, check: checkCandidate(p, r, snap.context) }));
        expect(ranking.excluded).toEqual(expected.flatMap(({ id, check }) => (check.ok ? [] : [{ personId: id, reason: check.reason }])));
        for (const c of ranking.candidates) {
          const p = snap.people.find((x) => x.id === c.personId)!;
          expect(c.total).toBe(scoreCandidate(p, r, snap.context).total);
        }
        const index = indexSnapshot(snap);
        const shortlist = topCandidates(index, index.requests.get(r.id)!, 5);
        const { candidates } = ranking;
        const never = (id: number) => neverOfferedFor(snap.people.find((p) => p.id === id)!, r.wantedRole);
        expect(shortlist).toEqual(
          candidates.slice(0, 5).map(({ personId, total, freeSlotIds, offersThisYear }) => ({ personId, total, value: total, neverOffered: never(personId), freeSlotIds, offersThisYear })),
        );
      }
    }
  });
});
