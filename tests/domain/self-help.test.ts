// The self-help group rules: 5 to start, 8 to a group and the rest waiting, deletion 12 months after the last contact
// (Stockholm dates, year and leap-day edges), and the public interest form.
import { redactLinkTokens } from "~/domain/mail/delivery";
import { dueForDeletion, groupQueue, interestFormSchema, placeKey, retentionEndsOn, type WaitingInterest } from "~/domain/self-help";

/** n registrations a minute apart, registered in reverse id order so the queue must sort by time, not id. */
const registered = (n: number): WaitingInterest[] =>
  Array.from({ length: n }, (_, i) => ({ id: 100 - i, createdAt: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString() }));

describe("the queue of a theme × place", () => {
  it("is not ready with 4 waiting: all 4 would be in the first group, nobody is left over", () => {
    const q = groupQueue(registered(4));
    expect(q).toMatchObject({ waiting: 4, readyToStart: false, next: [] });
    expect(q.firstGroup.map((r) => r.id)).toEqual([100, 99, 98, 97]);
  });

  it("is ready to start at 5", () => {
    expect(groupQueue(registered(5))).toMatchObject({ waiting: 5, readyToStart: true });
    expect(groupQueue(registered(5)).firstGroup).toHaveLength(5);
  });

  it("puts all 8 in the first group when exactly 8 wait", () => {
    const q = groupQueue(registered(8));
    expect(q.firstGroup).toHaveLength(8);
    expect(q.next).toEqual([]);
  });

  it("leaves the 9th, the last to register, for the next group", () => {
    const rows = registered(9);
    const q = groupQueue([...rows].reverse());
    expect(q.waiting).toBe(9);
    expect(q.firstGroup.map((r) => r.id)).toEqual([100, 99, 98, 97, 96, 95, 94, 93]);
    expect(q.next.map((r) => r.id)).toEqual([92]);
  });

  it("breaks a tie in registration time by the earlier id", () => {
    const at = "2026-11-01T09:00:00.000Z";
    expect(groupQueue([{ id: 7, createdAt: at }, { id: 3, createdAt: at }]).firstGroup.map((r) => r.id)).toEqual([3, 7]);
  });

  it("is empty and not ready when nobody waits", () => {
    expect(groupQueue([])).toEqual({ waiting: 0, readyToStart: false, firstGroup: [], next: [] });
  });
});

describe("places", () => {
  it("keep digital apart from every municipality", () => {
    expect(placeKey({ digital: true })).toBe("digital");
    expect(placeKey({ digital: false, municipalityId: 4 })).toBe("4");
    expect(placeKey({ digital: true })).not.toBe(placeKey({ digital: false, municipalityId: 4 }));
  });
});

describe("retention", () => {
  it("ends on the same Stockholm date 12 months after the last contact", () => {
    expect(retentionEndsOn("2025-06-15T10:00:00.000Z")).toBe("2026-06-15");
  });

  it("counts the Stockholm date, not UTC, across the new year", () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Stockholm.
    expect(retentionEndsOn("2025-12-31T23:30:00.000Z")).toBe("2027-01-01");
    expect(retentionEndsOn("2025-12-31T22:59:00.000Z")).toBe("2026-12-31");
  });

  it("moves a leap day to 28 February", () => {
    expect(retentionEndsOn("2024-02-29T12:00:00.000Z")).toBe("2025-02-28");
  });

  it("makes a row due on that date and not the day before", () => {
    const row = { id: 1, lastContactAt: "2025-12-31T23:30:00.000Z" };
    expect(dueForDeletion([row], "2026-12-31")).toEqual([]);
    expect(dueForDeletion([row], "2027-01-01")).toEqual([row]);
    expect(dueForDeletion([row], "2027-03-01")).toEqual([row]);
  });

  it("keeps someone contacted recently while deleting someone contacted long ago", () => {
    const old = { id: 1, lastContactAt: "2025-01-10T08:00:00.000Z" };
    const recent = { id: 2, lastContactAt: "2026-02-10T08:00:00.000Z" };
    expect(dueForDeletion([old, recent], "2026-06-01")).toEqual([old]);
  });
});

describe("the interest form", () => {
  const valid = { alias: "Gran", email: "gran@example.se", phone: "", place: "digital", consent: "yes", website: "" };
  const errorsOf = (values: Record<string, string>) => {
    const r = interestFormSchema().safeParse(values);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("takes an alias and an e-mail, digitally", () => {
    expect(interestFormSchema().parse(valid)).toEqual({ alias: "Gran", email: "gran@example.se", phone: undefined, place: { digital: true }, consent: "yes", website: "" });
  });

  it("takes a phone number alone and a municipality", () => {
    expect(interestFormSchema().parse({ ...valid, email: "", phone: "070-123 45 67", place: "12" })).toMatchObject({ email: undefined, phone: "070-123 45 67", place: { digital: false, municipalityId: 12 } });
  });

  it.each([
    [{ alias: "" }, { alias: "selfHelp.errors.alias" }],
    [{ alias: "x".repeat(41) }, { alias: "selfHelp.errors.aliasTooLong" }],
    [{ alias: "Gr\u0007an" }, { alias: "errors.singleLine" }],
    [{ email: "inte-en-adress" }, { email: "errors.email" }],
    [{ email: "", phone: "" }, { email: "selfHelp.errors.reach" }],
    [{ phone: "12" }, { phone: "requests.errors.phoneInvalid" }],
    [{ place: "" }, { place: "selfHelp.errors.place" }],
    [{ place: "0" }, { place: "selfHelp.errors.place" }],
    [{ consent: "" }, { consent: "selfHelp.errors.consent" }],
    [{ website: "http://spam.example" }, { website: "selfHelp.errors.form" }],
  ])("refuses %o", (change, errors) => {
    expect(errorsOf({ ...valid, ...change })).toEqual(errors);
  });

  it("takes an alias of exactly 40 characters", () => {
    expect(errorsOf({ ...valid, alias: "x".repeat(40) })).toEqual({});
  });
});

describe("the withdrawal link in a sent mail's stored copy", () => {
  it("loses its token, as invite and reset links do", () => {
    const token = "a".repeat(43);
    expect(redactLinkTokens(`Ta tillbaka anmälan: https://levande.example.se/sjalvhjalp/aterkalla/${token}`)).toBe("Ta tillbaka anmälan: https://levande.example.se/sjalvhjalp/aterkalla/[borttagen]");
  });
});
