import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { getCareUnit, listRequestsForUnit } from "~/models/care-units.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/format";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unit = notFoundUnless(user.care_unit_id ? await getCareUnit(db(), user.care_unit_id) : null);
  return { unit, requests: await listRequestsForUnit(db(), { unitId: unit.id }) };
}

export default function UnitHome() {
  const t = useT();
  const locale = useLocale();
  const { unit, requests } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="unit-title" className="stack-lg">
      <div>
        <h1 id="unit-title">{t("unit.title")}</h1>
        <p className="lead">{t("unit.lead", { unit: unit.name, municipality: unit.municipality, area: unit.care_area })}</p>
      </div>
      <section aria-labelledby="unit-requests">
        <h2 id="unit-requests">{t("unit.requests")}</h2>
        {requests.length === 0 ? (
          <p className="empty">{t("unit.noRequests")}</p>
        ) : (
          <ul className="plain-list">
            {requests.map((r) => (
              <li key={r.id} className="list-row">
                <span>{r.title}</span>
                <span className="muted">{formatDate(r.created_at, locale)}</span>
                <span className={`badge badge--${r.status}`}>{t(`requestStatus.${r.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "unit.title");
