// What a volunteer is told about a request, shared by the offers inbox and the assignments pages.
import type { Audience, Format, RequestStatus, Role, UnitKind } from "../../db/schema";

/** Select these after joining requests, care_units and (left) municipalities. */
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

/** Where a physical meeting is, for display: the address, with the municipality unless the address names it. */
export function placeOf(municipality: string | null, address: string | null): string | null {
  if (!address) return municipality;
  if (!municipality || address.includes(municipality)) return address;
  return `${address}, ${municipality}`;
}

export function requestSummary(row: SummaryRow) {
  return {
    title: row.title,
    format: row.format,
    purpose: row.purpose,
    audience: row.audience,
    audienceSize: row.audience_size,
    isDigital: row.is_digital === 1,
    /** Null for a digital request. */
    place: row.is_digital === 1 ? null : placeOf(row.municipality, row.address),
    careUnit: { name: row.care_unit_name, kind: row.care_unit_kind },
  };
}

interface DetailRow {
  id: number;
  title: string;
  status: RequestStatus;
  status_reason: string | null;
  wanted_role: Role;
  format: Format;
  purpose: string;
  audience: Audience;
  audience_size: number;
  is_digital: number;
  address: string | null;
  municipality: string | null;
  contact_name: string;
  contact_phone: string;
  created_at: string;
}

/** The request itself as its pages show it, for the coordinator's desk and the care unit alike. */
export function requestDetail(request: DetailRow) {
  return {
    id: request.id,
    title: request.title,
    status: request.status,
    statusReason: request.status_reason,
    wantedRole: request.wanted_role,
    format: request.format,
    purpose: request.purpose,
    audience: request.audience,
    audienceSize: request.audience_size,
    isDigital: request.is_digital === 1,
    /** Null for a digital request. */
    place: request.is_digital === 1 ? null : placeOf(request.municipality, request.address),
    contact: { name: request.contact_name, phone: request.contact_phone },
    createdAt: request.created_at,
  };
}
