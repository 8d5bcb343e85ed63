import { onboardingComplete, onboardingTasks, stuckReasons, type OnboardingFacts } from "~/domain/onboarding";

const TODAY = "2026-12-06";

/** A book who has done everything: the task list is all "done" and nothing holds them up. */
const ready: OnboardingFacts = {
  roles: [{ role: "book", presentation: "Jag berättar om hur det är att leva med bipolär sjukdom." }],
  experienceAreas: 2,
  availabilityWindows: 3,
  calendarLink: true,
  trainings: [{ kind: "basic", completedOn: "2026-11-01" }],
  approved: true,
};

const statusOf = (facts: OnboardingFacts) => Object.fromEntries(onboardingTasks(facts, TODAY).map((t) => [t.task, t.status]));

describe("the volunteer's task list", () => {
  it("lists the six tasks in order and is complete when all are done", () => {
    const tasks = onboardingTasks(ready, TODAY);
    expect(tasks.map((t) => t.task)).toEqual(["profile", "experience", "availability", "calendar", "training", "published"]);
    expect(tasks.every((t) => t.status === "done")).toBe(true);
    expect(onboardingComplete(tasks)).toBe(true);
  });

  it("shows a freshly invited book everything still to do, training and publishing in the coordinator's hands", () => {
    const fresh: OnboardingFacts = { roles: [{ role: "book", presentation: "" }], experienceAreas: 0, availabilityWindows: 0, calendarLink: false, trainings: [], approved: false };
    expect(statusOf(fresh)).toEqual({ profile: "todo", experience: "todo", availability: "todo", calendar: "todo", training: "coordinator", published: "coordinator" });
    expect(onboardingComplete(onboardingTasks(fresh, TODAY))).toBe(false);
  });

  it.each([
    ["a blank presentation", { roles: [{ role: "book", presentation: "   " }] }, "profile"],
    ["one of two roles without a presentation", { roles: [{ role: "book", presentation: "Om cancer." }, { role: "peer", presentation: "" }] }, "profile"],
    ["no experience area", { experienceAreas: 0 }, "experience"],
    ["no weekly window", { availabilityWindows: 0 }, "availability"],
    ["no calendar link", { calendarLink: false }, "calendar"],
    ["training only in the future", { trainings: [{ kind: "basic", completedOn: "2026-12-07" }] }, "training"],
    ["a storyteller with only the basic training", { roles: [{ role: "storyteller", presentation: "Min berättelse." }] }, "training"],
    ["a card not yet approved", { approved: false }, "published"],
  ] as [string, Partial<OnboardingFacts>, string][])("marks only the affected task for %s", (_label, change, task) => {
    const statuses = statusOf({ ...ready, ...change });
    const notDone = Object.entries(statuses).filter(([, s]) => s !== "done").map(([t]) => t);
    expect(notDone).toEqual([task]);
  });

  it("counts training done on the day itself", () => {
    expect(statusOf({ ...ready, trainings: [{ kind: "basic", completedOn: TODAY }] }).training).toBe("done");
  });
});

describe("why a person is stuck", () => {
  it("finds nothing for someone ready who has signed in", () => {
    expect(stuckReasons({ ...ready, account: "signedIn" }, TODAY)).toEqual([]);
  });

  it("gives every reason, in a fixed order, for an empty card without an account", () => {
    const empty = { roles: [{ role: "book" as const, presentation: "" }], experienceAreas: 0, availabilityWindows: 0, calendarLink: false, trainings: [], approved: false, account: "none" as const };
    expect(stuckReasons(empty, TODAY)).toEqual(["noAccount", "noPresentation", "noExperience", "noAvailability", "untrained"]);
  });

  it.each([
    ["an invite never used", { account: "invited" }, ["neverSignedIn"]],
    ["no account at all", { account: "none" }, ["noAccount"]],
    ["no availability", { availabilityWindows: 0 }, ["noAvailability"]],
    ["no presentation", { roles: [{ role: "peer", presentation: "" }] }, ["noPresentation"]],
    ["no experience area", { experienceAreas: 0 }, ["noExperience"]],
    ["no training", { trainings: [] }, ["untrained"]],
    // Neither a missing calendar link nor a missing approval stops someone being matched.
    ["no calendar link", { calendarLink: false }, []],
    ["not yet approved", { approved: false }, []],
  ] as [string, Partial<OnboardingFacts & { account: "none" | "invited" | "signedIn" }>, string[]][])("reports %s", (_label, change, expected) => {
    expect(stuckReasons({ ...ready, account: "signedIn", ...change }, TODAY)).toEqual(expected);
  });
});
