// Who may be shown in the catalogue and offered assignments on a given local date: active and trained.
import type { PersonRole, PersonStatus, Role, TrainingKind } from "./vocabulary";

export interface PersonState {
  status: PersonStatus;
  /** Inclusive: a break "until 1 March" still holds on 1 March. */
  pausedUntil: string | null;
  joinedOn: string;
  /** The first day the person is no longer in the library. */
  leftOn: string | null;
  anonymisedAt: string | null;
  trainings: { kind: TrainingKind; completedOn: string }[];
}

export function isActiveOn(person: PersonState, date: string): boolean {
  if (person.anonymisedAt !== null) return false;
  if (person.joinedOn > date) return false;
  if (person.leftOn !== null && person.leftOn <= date) return false;
  if (person.status === "paused" && (person.pausedUntil === null || person.pausedUntil >= date)) return false;
  return true;
}

/** Basic training for every role (a self-help group starter needs no more); storytellers also need the storytelling training. */
export function isTrainedFor(person: PersonState, role: PersonRole, date: string): boolean {
  const done = (kind: TrainingKind) => person.trainings.some((t) => t.kind === kind && t.completedOn <= date);
  return done("basic") && (role !== "storyteller" || done("storytelling"));
}

export function isOfferable(person: PersonState, role: Role, date: string): boolean {
  return isActiveOn(person, date) && isTrainedFor(person, role, date);
}
