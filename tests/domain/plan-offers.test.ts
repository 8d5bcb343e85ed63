// Sending the plan: each way a sent-back row can fail to hold.
import { checkPlanRows } from "~/domain/plan-offers";
import { APRIL_SLOT, MARCH_SLOT, person, request, snapshot } from "./matching/builders";

describe("checkPlanRows", () => {
  const world = snapshot(
    [person({ id: 1 }), person({ id: 2, roles: ["peer"] }), person({ id: 4, availability: { windows: [], exceptions: [], bookings: [] } })],
    [
      request({ id: 10, slots: [MARCH_SLOT] }),
      request({ id: 11, status: "offered", slots: [{ ...APRIL_SLOT, id: 2000 }] }),
      request({ id: 12, slots: [{ ...MARCH_SLOT, id: 3000 }], pendingOfferPersonIds: [1] }),
      // Saturday 14 March 10:00–11:30: outside everyone's weekday windows.
      request({ id: 13, slots: [{ ...MARCH_SLOT, id: 4000 }, { id: 4001, start: new Date("2026-03-14T09:00:00.000Z"), end: new Date("2026-03-14T10:30:00.000Z") }] }),
    ],
  );

  it.each([
    ["a row that holds", { requestId: 10, personId: 1, slotId: MARCH_SLOT.id }, null],
    ["an unknown request", { requestId: 99, personId: 1, slotId: MARCH_SLOT.id }, "requestClosed"],
    ["a request no longer open", { requestId: 11, personId: 1, slotId: 2000 }, "requestClosed"],
    ["another request's slot", { requestId: 10, personId: 1, slotId: 3000 }, "slotMissing"],
    ["an unknown person", { requestId: 10, personId: 99, slotId: MARCH_SLOT.id }, "notCandidate"],
    ["a person without the role", { requestId: 10, personId: 2, slotId: MARCH_SLOT.id }, "wrongRole"],
    ["a person already asked", { requestId: 12, personId: 1, slotId: 3000 }, "alreadyOffered"],
    ["a person not free at any slot", { requestId: 10, personId: 4, slotId: MARCH_SLOT.id }, "noFreeSlot"],
    ["a candidate, but not free in the slot sent", { requestId: 13, personId: 1, slotId: 4001 }, "slotNotFree"],
  ])("%s", (_name, row, reason) => {
    const checked = checkPlanRows(world, [row]);
    if (reason === null) expect(checked).toEqual({ ok: [row], refused: [] });
    else expect(checked).toEqual({ ok: [], refused: [{ ...row, reason }] });
  });

  it("refuses the second of two rows of one person at clashing times, and a row over her monthly cap", () => {
    // Two requests the same morning in Jönköping, 10:00–11:30 and 11:45–13:15: the travel buffer is longer than 15 minutes.
    const morning = { id: 5000, start: new Date("2026-03-10T09:00:00.000Z"), end: new Date("2026-03-10T10:30:00.000Z") };
    const late = { id: 5001, start: new Date("2026-03-10T10:45:00.000Z"), end: new Date("2026-03-10T12:15:00.000Z") };
    const nextWeek = { id: 5002, start: new Date("2026-03-17T09:00:00.000Z"), end: new Date("2026-03-17T10:30:00.000Z") };
    const busy = snapshot(
      [person({ id: 1, maxPerMonth: 2 })],
      [request({ id: 20, slots: [morning] }), request({ id: 21, slots: [late] }), request({ id: 22, slots: [nextWeek] }), request({ id: 23, slots: [{ id: 5003, start: new Date("2026-03-24T09:00:00.000Z"), end: new Date("2026-03-24T10:30:00.000Z") }] })],
    );
    const rows = [
      { requestId: 20, personId: 1, slotId: 5000 },
      { requestId: 21, personId: 1, slotId: 5001 },
      { requestId: 22, personId: 1, slotId: 5002 },
    ];
    expect(checkPlanRows(busy, rows)).toEqual({ ok: [rows[0], rows[2]], refused: [{ ...rows[1], reason: "clash" }] });
    const overCap = [rows[0], rows[2], { requestId: 23, personId: 1, slotId: 5003 }];
    expect(checkPlanRows(busy, overCap).refused).toEqual([{ ...overCap[2], reason: "clash" }]);
  });
});
