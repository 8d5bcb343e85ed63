// The request desk's filters: a plain GET form, so it works without JavaScript and a filtered list can be bookmarked.
import { Form } from "@remix-run/react";
import { FilterButtons } from "~/components/filter-buttons";
import type { DeskStatusFilter } from "~/models/desk-page.server";
import { SelectField, TextField } from "~/components/form";
import { useT } from "~/i18n";
import { REQUEST_STATUSES, ROLES, type Role } from "~/domain/vocabulary";

export const DESK_QUERY_MAX = 100;

export interface DeskFilterValues {
  status: DeskStatusFilter;
  role?: Role;
  area?: number;
  q?: string;
}

export function DeskFilterForm({ filters, careAreas }: { filters: DeskFilterValues; careAreas: { id: number; name: string }[] }) {
  const t = useT();
  return (
    // Keyed by the filters: the fields are uncontrolled, and "Rensa filter" must empty them after a client-side navigation.
    <Form key={JSON.stringify(filters)} method="get" action="/coordinator/requests" className="card stack" role="search" aria-labelledby="desk-filters-title">
      <h2 id="desk-filters-title">{t("desk.filters.heading")}</h2>
      <div className="inline-fields">
        <SelectField
          name="status"
          label={t("desk.filters.status")}
          defaultValue={filters.status}
          options={[
            { value: "active", label: t("desk.filters.active") },
            { value: "all", label: t("desk.filters.any") },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: t(`requestStatus.${s}`) })),
          ]}
        />
        <SelectField name="role" label={t("desk.filters.role")} placeholder={t("desk.filters.any")} defaultValue={filters.role} options={ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
        <SelectField
          name="area"
          label={t("desk.filters.careArea")}
          placeholder={t("desk.filters.any")}
          defaultValue={filters.area ? String(filters.area) : ""}
          options={careAreas.map((a) => ({ value: String(a.id), label: a.name }))}
        />
      </div>
      <TextField name="q" type="search" label={t("desk.filters.q")} defaultValue={filters.q ?? ""} maxLength={DESK_QUERY_MAX} />
      <FilterButtons submit={t("desk.filters.submit")} clear={t("desk.filters.clear")} clearTo="/coordinator/requests" />
    </Form>
  );
}
