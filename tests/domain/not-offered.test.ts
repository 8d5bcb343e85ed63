// The book goal's "not yet offered" list: who is eligible in a year, the order, and each person's best open book request.
import { bestOpenBookRequests, booksNotOffered } from "~/domain/not-offered";
import { person, request, snapshot } from "./matching/builders";

const state = (joinedOn: string, leftOn: string | null = null) => ({ ...person().state, joinedOn, leftOn });

describe("booksNotOffered", () => {
  it("lists the eligible books without a book offer this year, longest-standing first", () => {
    const world = snapshot(
      [
        person({ id: 1, state: state("2024-01-01") }),
        person({ id: 2, state: state("2019-03-01"), offersThisYear: 1 }),
        person({ id: 3, state: state("2019-03-01") }),
        person({ id: 4, state: state("2018-01-01"), bookOffersThisYear: 1, offersThisYear: 1 }),
        person({ id: 5, roles: ["peer"], state: state("2010-01-01") }),
        person({ id: 6, state: state("2010-01-01", "2025-06-01") }),
      ],
      [],
    );
    const list = booksNotOffered(world);
    // Person 2's only offer was for another role: it does not count towards the book goal.
    expect(list.notOffered.map((p) => p.id)).toEqual([2, 3, 1]);
    expect(list).toMatchObject({ eligible: 4, offered: 1 });
  });
});

describe("bestOpenBookRequests", () => {
  it("picks each person's highest-scoring open book request, and nothing where they are no candidate", () => {
    const world = snapshot(
      [person({ id: 1, experienceAreaIds: [1] }), person({ id: 2, experienceAreaIds: [2] }), person({ id: 3, roles: ["peer"] })],
      [
        request({ id: 10, experienceAreaIds: [2] }),
        request({ id: 11, experienceAreaIds: [1] }),
        request({ id: 12, experienceAreaIds: [1], status: "offered" }),
        request({ id: 13, experienceAreaIds: [1], wantedRole: "peer" }),
        request({ id: 14, experienceAreaIds: [2], declinedPersonIds: [2] }),
      ],
    );
    const best = bestOpenBookRequests(world, [1, 2, 3]);
    expect(best.get(1)?.requestId).toBe(11);
    expect(best.get(2)?.requestId).toBe(10);
    expect(best.has(3)).toBe(false);
    expect(best.get(1)!.score).toBeGreaterThan(0);
  });

  it("breaks a tie by the lower request id and ignores people not asked about", () => {
    const world = snapshot([person({ id: 1 }), person({ id: 2 })], [request({ id: 21 }), request({ id: 20 })]);
    const best = bestOpenBookRequests(world, [1]);
    expect([...best.keys()]).toEqual([1]);
    expect(best.get(1)?.requestId).toBe(20);
  });
});
