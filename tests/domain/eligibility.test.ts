import { isActiveOn, isOfferable, isTrainedFor, type PersonState } from "~/domain/eligibility";

const base: PersonState = {
  status: "active",
  pausedUntil: null,
  joinedOn: "2024-03-01",
  leftOn: null,
  anonymisedAt: null,
  trainings: [{ kind: "basic", completedOn: "2024-03-15" }],
};

describe("active on a date", () => {
  it.each([
    ["an active member", {}, "2026-11-23", true],
    ["before joining", {}, "2024-02-29", false],
    ["on the day of joining", {}, "2024-03-01", true],
    ["the day before leaving", { leftOn: "2026-06-30" }, "2026-06-29", true],
    ["on the day of leaving", { leftOn: "2026-06-30" }, "2026-06-30", false],
    ["paused without an end", { status: "paused" }, "2026-11-23", false],
    ["paused until a date, on that date", { status: "paused", pausedUntil: "2027-03-01" }, "2027-03-01", false],
    ["paused until a date, the day after", { status: "paused", pausedUntil: "2027-03-01" }, "2027-03-02", true],
    ["anonymised", { anonymisedAt: "2026-01-01T00:00:00.000Z" }, "2026-11-23", false],
  ] as [string, Partial<PersonState>, string, boolean][])("%s → %s", (_label, change, date, expected) => {
    expect(isActiveOn({ ...base, ...change }, date)).toBe(expected);
  });
});

describe("trained for a role", () => {
  it("needs the basic training done by the date", () => {
    expect(isTrainedFor(base, "book", "2024-03-14")).toBe(false);
    expect(isTrainedFor(base, "book", "2024-03-15")).toBe(true);
    expect(isTrainedFor({ ...base, trainings: [] }, "peer", "2026-01-01")).toBe(false);
  });

  it("needs the storytelling training too for storytellers", () => {
    expect(isTrainedFor(base, "storyteller", "2026-01-01")).toBe(false);
    const storyteller = { ...base, trainings: [...base.trainings, { kind: "storytelling" as const, completedOn: "2025-09-01" }] };
    expect(isTrainedFor(storyteller, "storyteller", "2025-08-31")).toBe(false);
    expect(isTrainedFor(storyteller, "storyteller", "2025-09-01")).toBe(true);
  });

  it("counts a self-help group starter as trained once the basic training is done, without the storytelling one", () => {
    expect(isTrainedFor(base, "starter", "2024-03-14")).toBe(false);
    expect(isTrainedFor(base, "starter", "2024-03-15")).toBe(true);
    expect(isTrainedFor({ ...base, trainings: [{ kind: "storytelling", completedOn: "2020-01-01" }] }, "starter", "2026-01-01")).toBe(false);
  });

  it("is offerable only when both active and trained", () => {
    expect(isOfferable(base, "book", "2026-11-23")).toBe(true);
    expect(isOfferable({ ...base, status: "paused" }, "book", "2026-11-23")).toBe(false);
    expect(isOfferable({ ...base, trainings: [] }, "book", "2026-11-23")).toBe(false);
  });
});
