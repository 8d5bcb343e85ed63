// The accessibility statement, after DIGG's model: known issues, how to report one, the complaint route and how we tested.
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n";
import { env } from "~/utils/env.server";
import { pageTitle } from "~/utils/meta";

const KNOWN_ISSUES: MessageKey[] = ["a11y.known.reflow", "a11y.known.charts", "a11y.known.labels", "a11y.known.swedishOnly"];
const DIGG_COMPLAINT_FORM = "https://www.digg.se/tdosanmalan";

export function loader() {
  return { contact: env().ACCESSIBILITY_CONTACT, region: env().REGION_NAME ?? null };
}

export default function Accessibility() {
  const t = useT();
  const { contact, region } = useLoaderData<typeof loader>();
  const mailto = `mailto:${contact}?subject=${encodeURIComponent(t("a11y.reportSubject"))}`;
  return (
    <article className="prose" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{t("a11y.title")}</h1>
      <p>{t("a11y.intro", { region: region ?? t("a11y.regionUnnamed") })}</p>
      <h2>{t("a11y.statusHeading")}</h2>
      <p>{t("a11y.status")}</p>
      <h2>{t("a11y.helpHeading")}</h2>
      <p>
        {t("a11y.help")} <a href={`mailto:${contact}`}>{contact}</a>
      </p>
      <h2>{t("a11y.reportHeading")}</h2>
      <p>{t("a11y.report")}</p>
      <p>
        <a href={mailto}>{t("a11y.reportLink", { address: contact })}</a>. {t("a11y.answer")}
      </p>
      <h2>{t("a11y.supervisionHeading")}</h2>
      <p>{t("a11y.supervision")}</p>
      <p>
        <a href={DIGG_COMPLAINT_FORM} hrefLang="sv">
          {t("a11y.supervisionLink")}
        </a>
      </p>
      <h2>{t("a11y.technicalHeading")}</h2>
      <p>{t("a11y.technical")}</p>
      <h3>{t("a11y.knownHeading")}</h3>
      <ul>
        {KNOWN_ISSUES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h2>{t("a11y.methodHeading")}</h2>
      <p>{t("a11y.method")}</p>
      <p>{t("a11y.assessed")}</p>
      <p className="muted">{t("a11y.updated")}</p>
    </article>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "a11y.title");
