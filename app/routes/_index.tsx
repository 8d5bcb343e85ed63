import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n";
import { isRegionSetUp } from "~/models/setup-status.server";
import { ROLE_HOME } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { pageTitle } from "~/utils/meta";
import { getUser } from "~/utils/session.server";
import { SETUP_COMMANDS, SETUP_GUIDE } from "~/utils/setup-commands";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(ROLE_HOME[user.role]);
  return { setUp: await isRegionSetUp(db()) };
}

export default function Home() {
  const { setUp } = useLoaderData<typeof loader>();
  const t = useT();
  if (!setUp) return <NotSetUp />;
  return (
    <section className="hero" aria-labelledby="home-title">
      <h1 id="home-title">{t("app.name")}</h1>
      <p className="lead">{t("app.tagline")}</p>
      <p>{t("home.lead")}</p>
      <p>
        <Link to="/login" className="button">
          {t("home.login")}
        </Link>
      </p>
    </section>
  );
}

function NotSetUp() {
  const t = useT();
  return (
    <section className="prose stack" aria-labelledby="setup-title">
      <h1 id="setup-title">{t("setup.title")}</h1>
      <p className="lead">{t("setup.lead")}</p>
      <p>{t("setup.visitor")}</p>
      <h2>{t("setup.operatorHeading")}</h2>
      <p>{t("setup.operator", { guide: SETUP_GUIDE })}</p>
      <ol>
        {SETUP_COMMANDS.map((command) => (
          <li key={command}>
            <code className="break">{command}</code>
          </li>
        ))}
      </ol>
      <p>{t("setup.after")}</p>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, data?.setUp === false ? "setup.title" : "home.title");
