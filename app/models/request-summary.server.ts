// A request's shared read shapes: the joins that find its care unit and place, and how its pages and mails describe it.
import type { Audience, Format, RequestStatus, Role, UnitKind } from "~/domain/vocabulary";

import { MINUTE_MS } from "~/domain/stockholm-time";
import type { DB } from "~/utils/db.server";

/** A request with its care unit, the unit's municipality (unit_place) and the request's own (place; unset when digital). */
export const requestsWithPlace = (db: DB) =>
  db
    .selectFrom("requests")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .innerJoin("municipalities as unit_place", "unit_place.id", "care_units.municipality_id")
    .leftJoin("municipalities as place", "place.id", "requests.municipality_id");

/** An offer with its request, care unit, the request's municipality and the offered slot: REQUEST_SUMMARY_COLUMNS apply. */
export const offersWithRequest = (db: DB) =>
  db
    .selectFrom("offers")
    .innerJoin("requests", "requests.id", "offers.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id")
    .leftJoin("request_slots", "request_slots.id", "offers.slot_id");

/** An assignment with its request, care unit and the request's municipality: REQUEST_SUMMARY_COLUMNS apply. */
export const assignmentsWithRequest = (db: DB) =>
  db
    .selectFrom("assignments")
    .innerJoin("requests", "requests.id", "assignments.request_id")
    .innerJoin("care_units", "care_units.id", "requests.care_unit_id")
    .leftJoin("municipalities", "municipalities.id", "requests.municipality_id");

/** A request's proposed times, earliest first. */
export const requestSlots = (db: DB, requestId: number) =>
  db.selectFrom("request_slots").select(["id", "starts_at", "ends_at"]).where("request_id", "=", requestId).orderBy("starts_at").orderBy("id").execute();

/** The experience areas a request asks for, by Swedish name, with their English names. */
export const requestAreas = (db: DB, requestId: number) =>
  db
    .selectFrom("request_experience_areas")
    .innerJoin("experience_areas", "experience_areas.id", "request_experience_areas.experience_area_id")
    .select(["experience_areas.name", "experience_areas.name_en as nameEn"])
    .where("request_experience_areas.request_id", "=", requestId)
    .orderBy("experience_areas.name")
    .execute();

/** Select these after offersWithRequest or assignmentsWithRequest (requests, care_units and municipalities joined). */
export const REQUEST_SUMMARY_COLUMNS = [
  "requests.title",
  "requests.format",
  "requests.purpose",
  "requests.audience",
  "requests.audience_size",
  "requests.is_digital",
  "requests.address",
  "municipalities.name as municipality",
  "care_units.name as care_unit_name",
  "care_units.kind as care_unit_kind",
] as const;

interface SummaryRow {
  title: string;
  format: Format;
  purpose: string;
  audience: Audience;
  audience_size: number;
  is_digital: number;
  address: string | null;
  municipality: string | null;
  care_unit_name: string;
  care_unit_kind: UnitKind;
}

/** Whole minutes from one ISO instant to another. */
export const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / MINUTE_MS);

/**
 * An offer's length, for its page, its mail and the assignment's pay alike: its slot's own (each proposed slot has its
 * own; the request's duration is only the longest of them), or the request's duration when the slot is gone.
 */
export const offerMinutes = (row: { starts_at: string | null; ends_at: string | null; duration_minutes: number }) =>
  row.starts_at && row.ends_at ? minutesBetween(row.starts_at, row.ends_at) : row.duration_minutes;

/** Where a physical meeting is, for display: the address, with the municipality unless the address names it. */
export function placeOf(municipality: string | null, address: string | null): string | null {
  if (!address) return municipality;
  if (!municipality || address.includes(municipality)) return address;
  return `${address}, ${municipality}`;
}

type MeetingRow = Omit<SummaryRow, "care_unit_name" | "care_unit_kind">;

/** What every view of a request says about the meeting itself. */
function meeting(row: MeetingRow) {
  return {
    title: row.title,
    format: row.format,
    purpose: row.purpose,
    audience: row.audience,
    audienceSize: row.audience_size,
    isDigital: row.is_digital === 1,
    /** Null for a digital request. */
    place: row.is_digital === 1 ? null : placeOf(row.municipality, row.address),
  };
}

export function requestSummary(row: SummaryRow) {
  return { ...meeting(row), careUnit: { name: row.care_unit_name, kind: row.care_unit_kind } };
}

interface DetailRow extends MeetingRow {
  id: number;
  status: RequestStatus;
  status_reason: string | null;
  wanted_role: Role;
  contact_name: string;
  contact_phone: string;
  created_at: string;
}

/** The request itself as its pages show it, for the coordinator's desk and the care unit alike. */
export function requestDetail(request: DetailRow) {
  return {
    id: request.id,
    ...meeting(request),
    status: request.status,
    statusReason: request.status_reason,
    wantedRole: request.wanted_role,
    contact: { name: request.contact_name, phone: request.contact_phone },
    createdAt: request.created_at,
  };
}
