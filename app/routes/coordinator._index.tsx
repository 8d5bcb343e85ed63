import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n";
import { getCoordinatorOverview } from "~/models/overview.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { overview: await getCoordinatorOverview(db()) };
}

const FIGURES: [keyof Awaited<ReturnType<typeof getCoordinatorOverview>>, MessageKey][] = [
  ["openRequests", "coordinator.openRequests"],
  ["pendingOffers", "coordinator.pendingOffers"],
  ["activePeople", "coordinator.activePeople"],
  ["careUnits", "coordinator.careUnits"],
];

export default function CoordinatorHome() {
  const t = useT();
  const { overview } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="coordinator-title" className="stack-lg">
      <div>
        <h1 id="coordinator-title">{t("coordinator.title")}</h1>
        <p className="lead">{t("coordinator.lead")}</p>
      </div>
      <dl className="figures">
        {FIGURES.map(([key, label]) => (
          <div key={key} className="figure">
            <dt>{t(label)}</dt>
            <dd>{overview[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "coordinator.title");
