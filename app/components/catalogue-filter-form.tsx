// The catalogue's filter form: a plain GET form, so it works without JavaScript and the URL can be shared.
import { Form } from "@remix-run/react";
import { FilterButtons } from "~/components/filter-buttons";
import { useAreaOptions } from "~/components/content-lang";
import { SelectField, TextField } from "~/components/form";
import { filtersQuery, placeValue, QUERY_MAX, type CatalogueFilters, type CatalogueLookups } from "~/domain/catalogue-filters";
import { LANGUAGES, FORMATS, ROLES } from "~/domain/vocabulary";
import { useT } from "~/i18n";

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);

/** `placesNarrowed`: the place list shows only the chosen care area's municipalities (placeChoices), so it says how to reach the rest. */
export function CatalogueFilterForm({ filters, lookups, placesNarrowed }: { filters: CatalogueFilters; lookups: CatalogueLookups; placesNarrowed: boolean }) {
  const t = useT();
  const areaOptions = useAreaOptions();
  return (
    // Keyed by the filters: the fields are uncontrolled, and "Rensa filter" must empty them after a client-side navigation.
    <Form key={filtersQuery(filters)} method="get" action="/catalogue" className="card stack" role="search" aria-labelledby="catalogue-filters-title">
      <h2 id="catalogue-filters-title">{t("catalogue.filtersHeading")}</h2>
      <TextField name="q" type="search" label={t("catalogue.q")} hint={t("catalogue.qHint")} defaultValue={filters.q ?? ""} maxLength={QUERY_MAX} />
      <div className="inline-fields">
        <SelectField name="role" label={t("catalogue.role")} placeholder={t("catalogue.any")} defaultValue={filters.role} options={ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
        <SelectField
          name="area"
          label={t("catalogue.area")}
          placeholder={t("catalogue.any")}
          defaultValue={filters.area ? String(filters.area) : ""}
          options={areaOptions(lookups.experienceAreas)}
        />
        <SelectField name="format" label={t("catalogue.format")} placeholder={t("catalogue.any")} defaultValue={filters.format} options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))} />
        <SelectField
          name="language"
          label={t("catalogue.language")}
          placeholder={t("catalogue.any")}
          defaultValue={filters.language}
          options={LANGUAGES.map((l) => ({ value: l, label: capitalize(t(`lang.${l}`)) }))}
        />
      </div>
      {/* Its own row: a long list's hint would push it out of line with the selects beside it. */}
      <div className="field narrow">
        <label htmlFor="place">{t("catalogue.place")}</label>
        {placesNarrowed ? (
          <p id="place-hint" className="field__hint">
            {t("catalogue.placeNarrowHint")}
          </p>
        ) : null}
        {/* Grouped by care area; SelectField has no optgroups. A long list shows only the chosen area's municipalities. */}
        <select id="place" name="place" defaultValue={placeValue(filters.place)} aria-describedby={placesNarrowed ? "place-hint" : undefined}>
          <option value="">{t("catalogue.anyPlace")}</option>
          {lookups.careAreas.map((area) =>
            area.municipalities.length === 0 ? (
              <option key={area.id} value={`area-${area.id}`}>
                {t("catalogue.placeArea", { area: area.name })}
              </option>
            ) : (
              <optgroup key={area.id} label={t("catalogue.placeGroup", { area: area.name })}>
                <option value={`area-${area.id}`}>{t("catalogue.placeArea", { area: area.name })}</option>
                {area.municipalities.map((m) => (
                  <option key={m.id} value={`municipality-${m.id}`}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
      </div>
      <div className="field choice-group">
        <label className="choice" htmlFor="digital">
          <input type="checkbox" id="digital" name="digital" value="1" defaultChecked={filters.digital === true} />
          <span>{t("catalogue.digital")}</span>
        </label>
      </div>
      <FilterButtons submit={t("catalogue.submit")} clear={t("catalogue.clear")} clearTo="/catalogue" />
    </Form>
  );
}
