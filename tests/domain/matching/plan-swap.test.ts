// Swapping a plan row: the next candidates, each with a slot clear of her own other rows, in the ranking's order.
import { swapOptions, SWAP_CHOICES } from "~/domain/matching/plan-swap";
import { rankCandidates } from "~/domain/matching/rank";
import { person, request, snapshot } from "./builders";

const at = (id: number, day: number, hour: number) => ({
  id,
  start: new Date(Date.UTC(2026, 2, day, hour - 1)),
  end: new Date(Date.UTC(2026, 2, day, hour, 30)),
});

describe("swapOptions", () => {
  it("offers the next candidates in the ranking's order, never the proposed person, at most three", () => {
    const people = [1, 2, 3, 4, 5].map((id) => person({ id, assignmentsLast12Months: id }));
    const world = snapshot(people, [request({ id: 10, slots: [at(100, 10, 10)] })]);
    const ranking = rankCandidates(world, 10)!.candidates.map((c) => c.personId);
    const options = swapOptions(world, [{ requestId: 10, personId: ranking[0], slotId: 100, score: 0, parts: [], neverOffered: false }]).get(10)!;
    expect(options.map((o) => o.personId)).toEqual(ranking.slice(1, 1 + SWAP_CHOICES));
    expect(options.every((o) => o.slotId === 100 && o.parts.length > 0)).toBe(true);
  });

  it("gives a swapped-in person a slot clear of her other row, or leaves her out when every slot clashes", () => {
    const world = snapshot(
      [person({ id: 1 }), person({ id: 2 })],
      [request({ id: 10, slots: [at(100, 10, 10), at(101, 11, 10)] }), request({ id: 11, slots: [at(110, 10, 10)] }), request({ id: 12, slots: [at(120, 10, 10)] })],
    );
    const rows = [
      { requestId: 10, personId: 1, slotId: 100, score: 0, parts: [], neverOffered: false },
      { requestId: 11, personId: 2, slotId: 110, score: 0, parts: [], neverOffered: false },
    ];
    // Person 2 holds 10 March 10:00 for request 11: for request 10 she gets 11 March instead.
    expect(swapOptions(world, rows).get(10)!.map((o) => [o.personId, o.slotId])).toEqual([[2, 101]]);
    // Request 12 has only 10 March 10:00, when both are taken by their own rows.
    const withTwelve = [...rows, { requestId: 12, personId: 1, slotId: 120, score: 0, parts: [], neverOffered: false }];
    expect(swapOptions(world, withTwelve).get(12)).toEqual([]);
  });
});
