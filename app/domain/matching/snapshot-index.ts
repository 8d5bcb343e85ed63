// In-memory indexes over a snapshot (sets, compiled availability, people by role and place), built once per snapshot.
import { isActiveOn, isTrainedFor } from "../eligibility";
import { personPoints } from "./score";
import { compileAvailability, prepareSlot, type CompiledAvailability, type PreparedSlot } from "./slot-check";
import type { MatchingContext, MatchingPerson, MatchingRequest, MatchingSnapshot } from "./types";
import type { Role } from "../vocabulary";

export interface IndexedPerson {
  person: MatchingPerson;
  roles: Set<Role>;
  careAreas: Set<number>;
  municipalities: Set<number>;
  availability: CompiledAvailability;
  /** assignmentsByMonth as a Map: the people's objects all have different keys, which makes plain lookups slow. */
  usedByMonth: ReadonlyMap<string, number>;
  /** Why the person cannot be offered a role today; roles they can be offered are absent. */
  notOfferable: ReadonlyMap<Role, "notActive" | "notTrained">;
}

export interface IndexedRequest {
  request: MatchingRequest;
  slots: PreparedSlot[];
  declined: Set<number>;
  pending: Set<number>;
}

export interface SnapshotIndex {
  context: MatchingContext;
  /** Sorted by person id; a person's position here is their `pos` in the arrays below. */
  people: IndexedPerson[];
  requests: Map<number, IndexedRequest>;
  /** Positions of people offerable in a role who serve a municipality / a whole care area ("role:id"), or digitally. */
  byRoleMunicipality: Map<string, number[]>;
  byRoleCareArea: Map<string, number[]>;
  byRoleDigital: Map<Role, number[]>;
  /** Every person's quarter-hour masks side by side (24 words each), so screening a pool reads one flat array. */
  cells: Uint32Array;
  /** 1 for people with extra windows, whom the masks cannot screen. */
  hasExtra: Uint8Array;
  /** personPoints for a book request and for any other, per position: bounds on totals without reading the person. */
  pointsBook: Float64Array;
  pointsOther: Float64Array;
}

/** Most people can take every role they hold and have nothing booked this month or later: one empty map for them all. */
const NO_ENTRIES: ReadonlyMap<never, never> = new Map<never, never>();

export function indexPerson(person: MatchingPerson, today: string): IndexedPerson {
  const notOfferable = new Map<Role, "notActive" | "notTrained">();
  const active = isActiveOn(person.state, today);
  for (const role of person.roles) {
    if (!active) notOfferable.set(role, "notActive");
    else if (!isTrainedFor(person.state, role, today)) notOfferable.set(role, "notTrained");
  }
  const months = Object.entries(person.assignmentsByMonth);
  return {
    person,
    roles: new Set(person.roles),
    careAreas: new Set(person.careAreaIds),
    municipalities: new Set(person.municipalityIds),
    availability: compileAvailability(person.availability),
    usedByMonth: months.length === 0 ? NO_ENTRIES : new Map(months),
    notOfferable: notOfferable.size === 0 ? NO_ENTRIES : notOfferable,
  };
}

export function indexRequest(request: MatchingRequest): IndexedRequest {
  return {
    request,
    slots: request.slots.map((slot) => prepareSlot(slot, request.isDigital)),
    declined: new Set(request.declinedPersonIds),
    pending: new Set(request.pendingOfferPersonIds),
  };
}

type PeopleIndex = Omit<SnapshotIndex, "context" | "requests">;

// Snapshots are immutable once loaded, so the index can live as long as the snapshot does; the people's half lives as
// long as their array (the model layer shares one between snapshots) and the context it was scored in.
const cache = new WeakMap<MatchingSnapshot, SnapshotIndex>();
const peopleCache = new WeakMap<readonly MatchingPerson[], { key: string; index: PeopleIndex }>();

function indexPeople(snapshot: MatchingSnapshot): PeopleIndex {
  const { context } = snapshot;
  const key = `${context.today}|${context.yearProgress}|${context.bookCoverage}|${context.coverageTarget}`;
  const hit = peopleCache.get(snapshot.people);
  if (hit && hit.key === key) return hit.index;
  const people = snapshot.people.map((p) => indexPerson(p, context.today)).sort((a, b) => a.person.id - b.person.id);
  const byRoleMunicipality = new Map<string, number[]>();
  const byRoleCareArea = new Map<string, number[]>();
  const byRoleDigital = new Map<Role, number[]>();
  const cells = new Uint32Array(people.length * 24);
  const hasExtra = new Uint8Array(people.length);
  const pointsBook = new Float64Array(people.length);
  const pointsOther = new Float64Array(people.length);
  const add = <K>(map: Map<K, number[]>, key: K, pos: number) => {
    const list = map.get(key);
    if (list) list.push(pos);
    else map.set(key, [pos]);
  };
  people.forEach((p, pos) => {
    cells.set(p.availability.cells, pos * 24);
    // The person's masks become a view of the shared array: one buffer instead of one per person.
    p.availability.cells = cells.subarray(pos * 24, pos * 24 + 24);
    hasExtra[pos] = p.availability.extra.length > 0 ? 1 : 0;
    pointsBook[pos] = personPoints(p.person, "book", context);
    pointsOther[pos] = personPoints(p.person, "peer", context);
    for (const role of p.roles) {
      if (p.notOfferable.has(role)) continue;
      for (const id of p.municipalities) add(byRoleMunicipality, `${role}:${id}`, pos);
      for (const id of p.careAreas) add(byRoleCareArea, `${role}:${id}`, pos);
      if (p.person.servesDigital) add(byRoleDigital, role, pos);
    }
  });
  const index = { people, byRoleMunicipality, byRoleCareArea, byRoleDigital, cells, hasExtra, pointsBook, pointsOther };
  peopleCache.set(snapshot.people, { key, index });
  return index;
}

export function indexSnapshot(snapshot: MatchingSnapshot): SnapshotIndex {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const requests = new Map(snapshot.requests.map((r) => [r.id, indexRequest(r)]));
  const index = { ...indexPeople(snapshot), context: snapshot.context, requests };
  cache.set(snapshot, index);
  return index;
}

/** Positions of everyone who passes the role, active, trained and place constraints: a superset of the candidates. */
export function poolFor(index: SnapshotIndex, request: MatchingRequest): number[] {
  const role = request.wantedRole;
  if (request.isDigital) return index.byRoleDigital.get(role) ?? [];
  const a = index.byRoleMunicipality.get(`${role}:${request.municipalityId}`) ?? [];
  const b = index.byRoleCareArea.get(`${role}:${request.careAreaId}`) ?? [];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The masks' verdict (see mayFit) for the person at `pos` and any of the slots, from the flat arrays. */
export function mayFitAny(index: SnapshotIndex, pos: number, slots: PreparedSlot[]): boolean {
  if (index.hasExtra[pos] === 1) return true;
  const { cells } = index;
  for (const slot of slots) {
    if (slot.day === null || slot.cells === null) return true;
    const at = pos * 24 + slot.day.weekday * 3;
    const want = slot.cells;
    if ((want[0] & ~cells[at]) === 0 && (want[1] & ~cells[at + 1]) === 0 && (want[2] & ~cells[at + 2]) === 0) return true;
  }
  return false;
}
