// GET /coordinator/requests: the request desk, every incoming request newest first, filtered by the URL's query.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DESK_QUERY_MAX, DeskFilterForm } from "~/components/desk-filter-form";
import { ListTable } from "~/components/list-table";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { listCareAreas, listRequestsForDesk, type DeskQueue } from "~/models/desk-page.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/domain/fields";
import { formatDate, formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useSwedishContent } from "~/components/content-lang";
import { REQUEST_STATUSES, ROLES } from "~/domain/vocabulary";

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
          <ListTable
            stacked
            labelledBy="desk-title"
            rows={requests}
            columns={[
              { label: t("desk.list.request"), cell: (r) => <Link lang={sv} to={`/coordinator/requests/${r.id}`}>{r.title}</Link> },
              { label: t("desk.list.unit"), cell: (r) => `${r.careUnit}, ${r.isDigital ? t("desk.list.digital") : r.municipality}` },
              { label: t("desk.list.role"), cell: (r) => t(`personRole.${r.wantedRole}`) },
              { label: t("desk.list.status"), cell: (r) => <span className="badge">{t(`requestStatus.${r.status}`)}</span> },
              { label: t("desk.list.firstSlot"), cell: (r) => (r.firstSlotAt ? formatDateTime(r.firstSlotAt, locale) : "–") },
              { label: t("desk.list.offers"), cell: (r) => t("desk.list.offersValue", { pending: r.pendingOffers, declined: r.declinedOffers }) },
              { label: t("desk.list.created"), cell: (r) => formatDate(r.createdAt, locale) },
            ]}
          />
        )}
      </div>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "desk.list.title");
