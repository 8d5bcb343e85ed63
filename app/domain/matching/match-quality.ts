// Whether a feasible match is too weak to propose ticked: the quality floor the plan applies before anything is sent.
import type { MatchingPerson, MatchingRequest } from "./types";

/** The region's floor when a coordinator has set none: about what a match earns with nothing but a free time and a place. */
export const DEFAULT_SCORE_FLOOR = 40;
/** The floor a coordinator may set, in score points (the score's parts add up to at most about 175). */
export const SCORE_FLOOR_RANGE = { min: 0, max: 150 } as const;

/**
 * `noExperienceInCommon`: the request asks for experience areas and the person has none of them — the same test that
 * puts a request on the unmet-demand page as "experience not covered", so the plan never ticks what that page calls
 * unmatched. `belowFloor`: the score is under the region's floor.
 */
export type WeakReason = "noExperienceInCommon" | "belowFloor";

export function weakMatch(person: Pick<MatchingPerson, "experienceAreaIds">, request: Pick<MatchingRequest, "experienceAreaIds">, score: number, floor: number): WeakReason | null {
  if (request.experienceAreaIds.length > 0 && !request.experienceAreaIds.some((id) => person.experienceAreaIds.includes(id))) return "noExperienceInCommon";
  return score < floor ? "belowFloor" : null;
}
