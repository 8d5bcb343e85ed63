// The request lifecycle: every move a request may make, when it reopens, how offers close, and when an offer expires.
import {
  assertRequestTransition,
  canMoveRequest,
  cascadeFollows,
  IllegalTransition,
  isOfferExpired,
  OFFER_CLOSE_STATUS,
  requestAfterOfferClosed,
} from "~/domain/request-lifecycle";
import { REQUEST_STATUSES, type OfferCloseReason, type RequestStatus } from "~/domain/vocabulary";

/** The whole table, written out: a change to the lifecycle must change this test too. */
const ALLOWED: [RequestStatus, RequestStatus[]][] = [
  ["open", ["open", "offered", "cancelled", "withdrawn"]],
  ["offered", ["offered", "open", "confirmed", "cancelled", "withdrawn"]],
  ["confirmed", ["confirmed", "open", "completed", "cancelled"]],
  ["completed", ["completed"]],
  ["cancelled", ["cancelled"]],
  ["withdrawn", ["withdrawn"]],
];

describe("request transitions", () => {
  const every = ALLOWED.flatMap(([from, allowed]) => REQUEST_STATUSES.map((to) => [from, to, allowed.includes(to)] as const));
  it.each(every)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canMoveRequest(from, to)).toBe(allowed);
    if (allowed) expect(() => assertRequestTransition(from, to)).not.toThrow();
    else expect(() => assertRequestTransition(from, to)).toThrow(IllegalTransition);
  });
});

describe("after an offer closes unaccepted", () => {
  it.each([
    ["offered", 0, "open"],
    ["offered", 1, "offered"],
    ["open", 0, "open"],
    ["confirmed", 0, "confirmed"],
    ["cancelled", 0, "cancelled"],
    ["withdrawn", 0, "withdrawn"],
  ] as const)("a request %s with %i other pending offers becomes %s", (request, others, after) => {
    expect(requestAfterOfferClosed(request, others)).toBe(after);
  });

  it.each([
    ["declined", "declined", true],
    ["paused", "declined", true],
    ["expired", "expired", true],
    ["erased", "withdrawn", true],
    ["withdrawn", "withdrawn", false],
    ["taken", "withdrawn", false],
    ["request_closed", "withdrawn", false],
  ] as const)("closing for %s makes the offer %s; the next candidate follows: %s", (reason: OfferCloseReason, status, cascade) => {
    expect(OFFER_CLOSE_STATUS[reason]).toBe(status);
    expect(cascadeFollows(reason)).toBe(cascade);
  });
});

describe("offer expiry", () => {
  const slotStart = "2026-03-10T09:00:00.000Z";
  it.each([
    ["before the deadline", "2026-03-05T12:00:00.000Z", "2026-03-05T11:59:59.999Z", false],
    ["at the deadline itself", "2026-03-05T12:00:00.000Z", "2026-03-05T12:00:00.000Z", false],
    ["a millisecond after the deadline", "2026-03-05T12:00:00.000Z", "2026-03-05T12:00:00.001Z", true],
    ["no deadline, slot ahead", null, "2026-03-09T09:00:00.000Z", false],
    ["no deadline, slot has begun", null, "2026-03-10T09:00:00.000Z", true],
    ["deadline after the slot, slot has begun", "2026-03-11T00:00:00.000Z", "2026-03-10T09:30:00.000Z", true],
  ])("an offer %s is expired: %s", (_, replyBy, now, expected) => {
    expect(isOfferExpired({ replyBy, slotStart }, new Date(now))).toBe(expected);
  });

  it("an offer whose slot was removed expires only by its deadline", () => {
    expect(isOfferExpired({ replyBy: null, slotStart: null }, new Date("2030-01-01T00:00:00.000Z"))).toBe(false);
    expect(isOfferExpired({ replyBy: "2026-01-01T00:00:00.000Z", slotStart: null }, new Date("2026-01-02T00:00:00.000Z"))).toBe(true);
  });
});
