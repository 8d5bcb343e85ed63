import type { MetaFunction } from "@remix-run/node";
import { useT } from "~/i18n";
import { pageTitle } from "~/utils/meta";

export default function Accessibility() {
  const t = useT();
  return (
    <article className="prose" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{t("a11y.title")}</h1>
      <p>{t("a11y.intro")}</p>
      <h2>{t("a11y.statusHeading")}</h2>
      <p>{t("a11y.status")}</p>
      <h2>{t("a11y.knownHeading")}</h2>
      <p>{t("a11y.known")}</p>
      <h2>{t("a11y.reportHeading")}</h2>
      <p>{t("a11y.report")}</p>
      <h2>{t("a11y.supervisionHeading")}</h2>
      <p>{t("a11y.supervision")}</p>
      <p className="muted">{t("a11y.updated")}</p>
    </article>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "a11y.title");
