// Making one-time self-efficacy survey links for a Lärcafé's or a group's participants to hand out: the form, and the
// links just made (shown once: only their hashes are stored).
import { Form } from "@remix-run/react";
import { LINKS_MAX } from "~/domain/self-efficacy";
import { useT } from "~/i18n";
import { TextField } from "./form";
import "~/i18n/plan-parts";

/** `lead` says who the links are for, before the common rule of one answer per link. */
export function SurveyLinks({ links, error, lead }: { links: readonly string[] | null; error?: string; lead?: string }) {
  const t = useT();
  return (
    <section aria-labelledby="survey-links-title" className="card stack">
      <h2 id="survey-links-title">{t("survey.links.heading")}</h2>
      {lead ? <p>{lead}</p> : null}
      <p>{t("survey.links.lead")}</p>
      {links ? (
        <div className="stack" role="status">
          <p>{t("survey.links.created", { n: links.length })}</p>
          <ol className="survey-links">
            {links.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <Form method="post" className="stack">
        <TextField name="count" id="survey-count" label={t("survey.links.count")} type="number" min={1} max={LINKS_MAX} defaultValue="10" inputMode="numeric" error={error} />
        <button type="submit" name="intent" value="surveyLinks" className="button button--secondary">
          {t("survey.links.create")}
        </button>
      </Form>
    </section>
  );
}
