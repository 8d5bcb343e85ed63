// GET /unit/larcafe: the signed-in requester's unit's Lärcafé series, newest first, with sessions held and the next one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { LarcafeTheme } from "~/components/larcafe-sessions";
import { ListTable } from "~/components/list-table";
import { formatDateTime } from "~/domain/format";
import { useLocale, useT } from "~/i18n";
import { listSeriesForUnit } from "~/models/larcafe.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import "~/i18n/plan-parts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const unitId = notFoundUnless(user.care_unit_id);
  return { series: await listSeriesForUnit(db(), { unitId }) };
}

export default function UnitLarcafes() {
  const t = useT();
  const locale = useLocale();
  const sv = useSwedishContent();
  const { series } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="larcafe-title" className="stack-lg">
      <div>
        <h1 id="larcafe-title">{t("larcafe.list.title")}</h1>
        <p className="lead">{t("larcafe.list.lead")}</p>
      </div>
      <p>
        <Link to="/unit/larcafe/new" className="button">
          {t("larcafe.list.new")}
        </Link>
      </p>
      {series.length === 0 ? (
        <p className="empty">{t("larcafe.list.empty")}</p>
      ) : (
        <ListTable
          stacked
          labelledBy="larcafe-title"
          rows={series}
          columns={[
            { label: t("larcafe.list.series"), cell: (s) => <Link lang={sv} to={`/unit/larcafe/${s.id}`}>{s.title}</Link> },
            { label: t("larcafe.list.theme"), cell: (s) => <LarcafeTheme name={s.theme} nameEn={s.theme_en} /> },
            { label: t("larcafe.list.sessions"), cell: (s) => s.sessionCount },
            { label: t("larcafe.list.held"), cell: (s) => s.heldCount },
            { label: t("larcafe.list.next"), cell: (s) => (s.next ? formatDateTime(s.next, locale) : t("larcafe.list.none")) },
          ]}
        />
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "larcafe.list.title");
