// GET /coordinator/larcafe: every care unit's Lärcafé series, read-only, each session linked to its request on the desk.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useSwedishContent } from "~/components/content-lang";
import { Facts } from "~/components/facts";
import { LarcafeSessions, LarcafeTheme } from "~/components/larcafe-sessions";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { listAllSeries } from "~/models/larcafe.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import "~/i18n/plan-parts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { series: await listAllSeries(db()) };
}

export default function CoordinatorLarcafe() {
  const t = useT();
  const sv = useSwedishContent();
  const { series } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="larcafe-title" className="stack-lg">
      <div>
        <h1 id="larcafe-title">{t("larcafe.coordinator.title")}</h1>
        <p className="lead">{t("larcafe.coordinator.lead")}</p>
      </div>
      {series.length === 0 ? <p className="empty">{t("larcafe.coordinator.empty")}</p> : null}
      {series.map((s) => (
        <section key={s.id} aria-labelledby={`series-${s.id}`} className="card stack">
          <h2 id={`series-${s.id}`} lang={sv}>
            {s.title}
          </h2>
          <Facts
            items={[
              [t("larcafe.detail.unit"), <span key="unit" lang={sv}>{s.unit}</span>],
              [t("larcafe.detail.theme"), <LarcafeTheme key="theme" name={s.theme} nameEn={s.theme_en} />],
              [t("offers.where"), s.digital ? t("offers.digital") : <span key="place" lang={sv}>{s.municipality}</span>],
              [t("larcafe.list.held"), `${s.heldCount} / ${s.sessionCount}`],
            ]}
          />
          <LarcafeSessions sessions={s.sessions} labelledBy={`series-${s.id}`} requestPath={(id) => `/coordinator/requests/${id}`} />
        </section>
      ))}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "larcafe.coordinator.title");
