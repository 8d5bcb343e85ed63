// GET /coordinator/unmet: open requests the library cannot serve, grouped by what is missing — the signal for recruiting.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RequestList } from "~/components/plan-request-list";
import { UnmetCounts } from "~/components/plan-unmet";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { loadUnmet } from "~/models/unmet.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { view: await loadUnmet(db()) };
}

export default function UnmetPage() {
  const t = useT();
  const { view } = useLoaderData<typeof loader>();
  const unmet = view.groups.reduce((sum, g) => sum + g.requests.length, 0);
  return (
    <section aria-labelledby="unmet-title" className="stack-lg">
      <div>
        <h1 id="unmet-title">{t("unmet.title")}</h1>
        <p className="lead">{t("unmet.lead")}</p>
        <p>
          <Link to="/coordinator/plan">{t("unmet.planLink")}</Link> · <Link to="/coordinator/not-offered">{t("unmet.notOfferedLink")}</Link>
        </p>
      </div>
      {view.open === 0 ? (
        <p className="empty">{t("unmet.noOpen")}</p>
      ) : unmet === 0 ? (
        <p className="empty">{t("unmet.allMet", { count: view.open })}</p>
      ) : (
        <>
          <p>{t("unmet.summary", { unmet, open: view.open })}</p>
          {view.groups.map((group) => {
            const unmetOf = new Map(group.requests.map((r) => [r.requestId, r]));
            return (
              <section key={group.reason} aria-labelledby={`group-${group.reason}`} className="card stack">
                <h2 id={`group-${group.reason}`}>
                  {t(`unmet.reason.${group.reason}`)} ({group.requests.length})
                </h2>
                <p className="muted">{t(`unmet.hint.${group.reason}`)}</p>
                <RequestList requests={group.requests.map((r) => r.request)} extra={(request) => <UnmetCounts unmet={unmetOf.get(request.id)!} request={request} />} />
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "unmet.title");
