// The coordinators' list of self-help themes, each hidden or shown with one button, and the form adding a theme.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n";
import { ErrorSummary, TextAreaField, TextField, type FieldErrors } from "./form";
import { useSwedishContent } from "./content-lang";

interface Theme {
  id: number;
  name: string;
  nameEn: string | null;
  active: boolean;
}

export function SelfHelpThemesAdmin({ themes, errors, values }: { themes: Theme[]; errors: FieldErrors; values: Partial<Record<string, string>> }) {
  const t = useT();
  const sv = useSwedishContent();
  const labels = { name: t("selfHelp.coordinator.name"), nameEn: t("selfHelp.coordinator.nameEn"), description: t("selfHelp.coordinator.description") };
  return (
    <section className="stack" aria-labelledby="themes-title">
      <h2 id="themes-title">{t("selfHelp.coordinator.themesHeading")}</h2>
      <ul className="plain-list">
        {themes.map((theme) => (
          <li key={theme.id} className="list-row list-row--spread">
            <span>
              <span lang={sv}>{theme.name}</span> · <span className="muted">{t(theme.active ? "selfHelp.coordinator.active" : "selfHelp.coordinator.inactive")}</span>
            </span>
            <Form method="post">
              <input type="hidden" name="themeId" value={theme.id} />
              <button type="submit" name="intent" value={theme.active ? "deactivate" : "activate"} className="button button--quiet">
                {t(theme.active ? "selfHelp.coordinator.deactivate" : "selfHelp.coordinator.activate", { theme: theme.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section className="card stack" aria-labelledby="add-theme-title">
        <h3 id="add-theme-title">{t("selfHelp.coordinator.addHeading")}</h3>
        <Form method="post" className="stack" noValidate aria-labelledby="add-theme-title">
          <ErrorSummary errors={errors} labels={labels} />
          <input type="hidden" name="intent" value="add" />
          <TextField name="name" label={labels.name} defaultValue={values.name} error={errors.name} maxLength={80} />
          <TextField name="nameEn" label={labels.nameEn} defaultValue={values.nameEn} error={errors.nameEn} maxLength={80} />
          <TextAreaField name="description" label={labels.description} defaultValue={values.description} error={errors.description} maxLength={1000} rows={3} />
          <button type="submit" className="button">
            {t("selfHelp.coordinator.add")}
          </button>
        </Form>
      </section>
    </section>
  );
}
