// GET /coordinator/requests: the request desk, every incoming request newest first, filtered by the URL's query.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { REQUEST_STATUSES, ROLES } from "../../db/schema";
import { DESK_QUERY_MAX, DeskFilterForm } from "~/components/desk-filter-form";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { listCareAreas, listRequestsForDesk, type DeskQueue } from "~/models/desk.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/utils/fields";
import { formatDate, formatDateTime } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { useSwedishContent } from "~/components/content-lang";

const DESK_LIMIT = 100;

/** The work queue's lists in the URL, in Swedish as the rest of the address bar (linked from the start page). */
export const QUEUE_PARAMS: Record<string, DeskQueue> = { nya: "new", svarstid: "expiring", uttomda: "exhausted", avbokade: "cancelled" };

// Lenient: a stale bookmark or a tampered value drops that filter instead of failing the whole page.
const filtersSchema = () =>
  z.object({
    status: z.enum([...REQUEST_STATUSES, "active", "all"]).catch("active"),
    role: z.enum(ROLES).optional().catch(undefined),
    area: idField().optional().catch(undefined),
    ko: z
      .string()
      .optional()
      .transform((v) => (v && Object.hasOwn(QUEUE_PARAMS, v) ? v : undefined))
      .catch(undefined),
    q: z
      .string()
      .optional()
      .transform((q) => q?.normalize("NFC").trim().slice(0, DESK_QUERY_MAX) || undefined)
      .catch(undefined),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const params = new URL(request.url).searchParams;
  const filters = filtersSchema().parse(Object.fromEntries(["status", "role", "area", "ko", "q"].map((k) => [k, params.get(k) || undefined])));
  const queue = filters.ko ? QUEUE_PARAMS[filters.ko] : undefined;
  // A queue list shows what it names, whatever the status filter's default.
  const status = queue && !params.get("status") ? "all" : filters.status;
  const [list, careAreas] = await Promise.all([
    listRequestsForDesk(db(), { status, queue, role: filters.role, careAreaId: filters.area, q: filters.q, limit: DESK_LIMIT }),
    listCareAreas(db()),
  ]);
  return { filters: { ...filters, status }, careAreas, ...list };
}

export default function RequestDesk() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { filters, careAreas, total, requests } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="desk-title" className="stack-lg">
      <div>
        <h1 id="desk-title">{t("desk.list.title")}</h1>
        <p className="lead">{t("desk.list.lead")}</p>
      </div>
      {filters.ko ? (
        <p className="notice" role="status">
          {t(`desk.queue.${QUEUE_PARAMS[filters.ko]}`)} · <Link to="/coordinator/requests">{t("desk.queue.showAll")}</Link>
        </p>
      ) : null}
      <DeskFilterForm filters={filters} careAreas={careAreas} />
      <div className="stack">
        <p role="status">
          {t("desk.list.count", { count: total })}
          {total > requests.length ? ` ${t("desk.list.limited", { shown: requests.length })}` : null}
        </p>
        {requests.length === 0 ? (
          <p className="empty">{t("desk.list.empty")}</p>
        ) : (
          <div className="table-scroll">
            <table aria-labelledby="desk-title" className="stacked-table">
              <thead>
                <tr>
                  <th scope="col">{t("desk.list.request")}</th>
                  <th scope="col">{t("desk.list.unit")}</th>
                  <th scope="col">{t("desk.list.role")}</th>
                  <th scope="col">{t("desk.list.status")}</th>
                  <th scope="col">{t("desk.list.firstSlot")}</th>
                  <th scope="col">{t("desk.list.offers")}</th>
                  <th scope="col">{t("desk.list.created")}</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link lang={sv} to={`/coordinator/requests/${r.id}`}>{r.title}</Link>
                    </td>
                    <td data-label={t("desk.list.unit")}>{`${r.careUnit}, ${r.isDigital ? t("desk.list.digital") : r.municipality}`}</td>
                    <td data-label={t("desk.list.role")}>{t(`personRole.${r.wantedRole}`)}</td>
                    <td data-label={t("desk.list.status")}>
                      <span className="badge">{t(`requestStatus.${r.status}`)}</span>
                    </td>
                    <td data-label={t("desk.list.firstSlot")}>{r.firstSlotAt ? formatDateTime(r.firstSlotAt, locale) : "–"}</td>
                    <td data-label={t("desk.list.offers")}>{t("desk.list.offersValue", { pending: r.pendingOffers, declined: r.declinedOffers })}</td>
                    <td data-label={t("desk.list.created")}>{formatDate(r.createdAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "desk.list.title");
