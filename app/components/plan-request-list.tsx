// One line per request on the coordinators' matching pages: its title linking to the desk, then unit, role, place and time.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useSwedishContent } from "~/components/content-lang";
import { useLocale, useT } from "~/i18n";
import type { RequestLabel } from "~/models/matching-labels.server";
import { formatDateTime } from "~/domain/format";

export const deskPath = (requestId: number) => `/coordinator/requests/${requestId}`;

/** "Unit · Book · Jönköping · 10 Mar 2026 10:00", the facts a coordinator scans a request by. */
export function useRequestFacts() {
  const t = useT();
  const locale = useLocale();
  return (request: RequestLabel) =>
    [
      request.careUnit.name,
      t(`personRole.${request.wantedRole}`),
      request.isDigital ? t("plan.digital") : (request.municipality ?? ""),
      request.firstSlotAt ? formatDateTime(request.firstSlotAt, locale) : t("plan.noSlot"),
    ]
      .filter(Boolean)
      .join(" · ");
}

export function RequestList({ requests, extra }: { requests: RequestLabel[]; extra?: (request: RequestLabel) => ReactNode }) {
  const facts = useRequestFacts();
  // Request titles are written in Swedish by the care units.
  const sv = useSwedishContent();
  return (
    <ul className="plain-list">
      {requests.map((request) => (
        <li key={request.id} className="list-row">
          <Link to={deskPath(request.id)} lang={sv}>
            {request.title}
          </Link>
          <span className="muted">{facts(request)}</span>
          {extra ? extra(request) : null}
        </li>
      ))}
    </ul>
  );
}
