// GET /sjalvhjalp: the self-help group themes looking for participants, for anyone without an account; counts of
// places with interest only, never who registered. `?aterkallad=1` confirms a withdrawal.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { NotificationBanner } from "~/components/notification-banner";
import { ThemeName } from "~/components/self-help-place";
import { useT } from "~/i18n";
import { listPublicThemes } from "~/models/self-help.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  // Where a withdrawal ends: the registration is gone, so there is nothing else to show it on.
  const withdrawn = new URL(request.url).searchParams.get("aterkallad") === "1";
  return { themes: await listPublicThemes(db()), withdrawn };
}

export default function SelfHelpThemes() {
  const t = useT();
  const { themes, withdrawn } = useLoaderData<typeof loader>();
  const places = (n: number) => (n === 0 ? t("selfHelp.places.none") : n === 1 ? t("selfHelp.places.one") : t("selfHelp.places.many", { n }));
  return (
    <section className="stack-lg" aria-labelledby="self-help-title">
      {withdrawn ? (
        <NotificationBanner>
          <p>
            <strong>{t("selfHelp.withdrawnTitle")}</strong>
          </p>
          <p>{t("selfHelp.withdrawnText")}</p>
        </NotificationBanner>
      ) : null}
      <div className="prose">
        <h1 id="self-help-title">{t("selfHelp.title")}</h1>
        <p>{t("selfHelp.lead")}</p>
      </div>
      <section className="stack" aria-labelledby="themes-title">
        <h2 id="themes-title">{t("selfHelp.themesHeading")}</h2>
        {themes.length === 0 ? <p className="empty">{t("selfHelp.noThemes")}</p> : null}
        <ul className="plain-list">
          {themes.map((theme) => (
            <li key={theme.id} className="list-row">
              <Link to={`/sjalvhjalp/${theme.id}`}>
                <ThemeName theme={theme} />
              </Link>
              <span className="muted"> · {places(theme.places)}</span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "selfHelp.title");
