import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useT } from "~/i18n";
import { ROLE_HOME } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { getUser } from "~/utils/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(ROLE_HOME[user.role]);
  return null;
}

export default function Home() {
  const t = useT();
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

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");
