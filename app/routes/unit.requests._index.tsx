// GET /unit/requests: every request the signed-in requester's unit has made, newest first, with its status.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { listRequestsForUnit } from "~/models/requests.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { useSwedishContent } from "~/components/content-lang";
import { ListTable } from "~/components/list-table";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unitId = notFoundUnless(user.care_unit_id);
  return { requests: await listRequestsForUnit(db(), { unitId }) };
}

export default function UnitRequests() {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const locale = useLocale();
  const { requests } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="requests-title" className="stack-lg">
      <div>
        <h1 id="requests-title">{t("requests.list.title")}</h1>
        <p className="lead">{t("requests.list.lead")}</p>
      </div>
      <p>
        <Link to="/unit/requests/new" className="button">
          {t("nav.newRequest")}
        </Link>
      </p>
      {requests.length === 0 ? (
        <div className="stack">
          <p className="empty">{t("requests.list.empty")}</p>
          <ul>
            <li>
              <Link to="/unit/requests/new">{t("requests.list.emptyNew")}</Link>
            </li>
            <li>
              <Link to="/catalogue">{t("requests.list.emptyCatalogue")}</Link>
            </li>
          </ul>
        </div>
      ) : (
        <ListTable
          stacked
          labelledBy="requests-title"
          rows={requests}
          columns={[
            { label: t("requests.list.request"), cell: (r) => <Link lang={sv} to={`/unit/requests/${r.id}`}>{r.title}</Link> },
            { label: t("requests.list.role"), cell: (r) => t(`personRole.${r.wanted_role}`) },
            { label: t("requests.list.status"), cell: (r) => <span className="badge">{t(`requestStatus.${r.status}`)}</span> },
            { label: t("requests.list.created"), cell: (r) => formatDate(r.created_at, locale) },
            { label: t("requests.list.firstSlot"), cell: (r) => (r.first_slot_at ? formatDateTime(r.first_slot_at, locale) : "–") },
          ]}
        />
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "requests.list.title");
