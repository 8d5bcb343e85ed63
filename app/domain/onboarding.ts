// What a new volunteer still has to do before care units can borrow them, and why a person is stuck: pure rules.
import { isTrainedFor, type PersonState } from "./eligibility";
import type { Role } from "./vocabulary";

/** In the order the volunteer's task list shows them. */
export const ONBOARDING_TASKS = ["profile", "experience", "availability", "calendar", "training", "published"] as const;
export type OnboardingTask = (typeof ONBOARDING_TASKS)[number];

/** "done" and "todo" are the volunteer's own; "coordinator" waits on a coordinator (registering training, approving the card). */
export type TaskStatus = "done" | "todo" | "coordinator";

/** Tasks the volunteer does on a page of their own; the others are in the coordinator's hands. */
const OWN_TASKS: ReadonlySet<OnboardingTask> = new Set(["profile", "experience", "availability", "calendar"]);

export interface OnboardingFacts {
  roles: { role: Role; presentation: string }[];
  experienceAreas: number;
  availabilityWindows: number;
  calendarLink: boolean;
  trainings: PersonState["trainings"];
  approved: boolean;
}

export type Account = "none" | "invited" | "signedIn";

export const STUCK_REASONS = ["noAccount", "neverSignedIn", "noPresentation", "noExperience", "noAvailability", "untrained"] as const;
export type StuckReason = (typeof STUCK_REASONS)[number];

/** A presentation of a few words tells a care unit nothing; every role's card needs one. */
const hasPresentations = (f: OnboardingFacts) => f.roles.length > 0 && f.roles.every((r) => r.presentation.trim() !== "");

/** Trained for every role held, by the given local date (storytellers need both trainings). */
function isTrained(f: OnboardingFacts, today: string): boolean {
  const state = { trainings: f.trainings } as PersonState;
  return f.roles.length > 0 && f.roles.every((r) => isTrainedFor(state, r.role, today));
}

function isDone(task: OnboardingTask, f: OnboardingFacts, today: string): boolean {
  switch (task) {
    case "profile":
      return hasPresentations(f);
    case "experience":
      return f.experienceAreas > 0;
    case "availability":
      return f.availabilityWindows > 0;
    case "calendar":
      return f.calendarLink;
    case "training":
      return isTrained(f, today);
    case "published":
      return f.approved;
  }
}

export function onboardingTasks(f: OnboardingFacts, today: string): { task: OnboardingTask; status: TaskStatus }[] {
  return ONBOARDING_TASKS.map((task) => ({ task, status: isDone(task, f, today) ? "done" : OWN_TASKS.has(task) ? "todo" : "coordinator" }));
}

export function onboardingComplete(tasks: { status: TaskStatus }[]): boolean {
  return tasks.every((t) => t.status === "done");
}

/**
 * Why a person cannot be borrowed or cannot look after their own card, in STUCK_REASONS order. A calendar link is
 * the volunteer's convenience, not a hindrance, so it is not a reason.
 */
export function stuckReasons(f: OnboardingFacts & { account: Account }, today: string): StuckReason[] {
  const reasons: Record<StuckReason, boolean> = {
    noAccount: f.account === "none",
    neverSignedIn: f.account === "invited",
    noPresentation: !hasPresentations(f),
    noExperience: f.experienceAreas === 0,
    noAvailability: f.availabilityWindows === 0,
    untrained: !isTrained(f, today),
  };
  return STUCK_REASONS.filter((r) => reasons[r]);
}
