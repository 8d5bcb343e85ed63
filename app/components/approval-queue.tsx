// The coordinator's "Kort att godkänna": cards waiting for approval and published people who are stuck, each with what is missing.
import { Link } from "@remix-run/react";
import { ListTable, type Column } from "~/components/list-table";
import type { StuckReason } from "~/domain/onboarding";
import { useT } from "~/i18n";
import type { PersonRole } from "~/domain/vocabulary";

export interface PersonRow {
  id: number;
  name: string;
  alias: string | null;
  roles: readonly PersonRole[];
}

export interface QueuePerson extends PersonRow {
  reasons: StuckReason[];
}

/** A person's name (and alias) linking to their page, and their roles: the first columns of every list of people. */
export function usePersonColumns(): [Column<PersonRow>, Column<PersonRow>] {
  const t = useT();
  return [
    { label: t("peopleAdmin.name"), cell: (p) => <Link to={`/admin/people/${p.id}`}>{p.alias ? `${p.name} (${p.alias})` : p.name}</Link> },
    { label: t("peopleAdmin.roles"), cell: (p) => p.roles.map((r) => t(`personRole.${r}`)).join(", ") },
  ];
}

function PeopleTable({ id, people }: { id: string; people: QueuePerson[] }) {
  const t = useT();
  const missing = (p: QueuePerson) => (p.reasons.length === 0 ? t("onboarding.queue.ready") : p.reasons.map((r) => t(`onboarding.stuck.${r}`)).join(", "));
  return <ListTable labelledBy={id} rows={people} columns={[...usePersonColumns(), { label: t("onboarding.queue.missing"), cell: missing }]} />;
}

export function ApprovalQueue({ waiting, stuck, stuckTotal }: { waiting: QueuePerson[]; stuck: QueuePerson[]; stuckTotal: number }) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="waiting-title" className="stack">
        <h2 id="waiting-title">
          {t("onboarding.queue.waiting")} ({waiting.length})
        </h2>
        {waiting.length === 0 ? <p>{t("onboarding.queue.noneWaiting")}</p> : <PeopleTable id="waiting-title" people={waiting} />}
      </section>
      <section aria-labelledby="stuck-title" className="stack">
        <h2 id="stuck-title">
          {t("onboarding.queue.stuck")} ({stuckTotal})
        </h2>
        <p>{t("onboarding.queue.stuckLead")}</p>
        {stuck.length === 0 ? <p>{t("onboarding.queue.noneStuck")}</p> : <PeopleTable id="stuck-title" people={stuck} />}
        {stuckTotal > stuck.length ? <p className="muted">{t("onboarding.queue.stuckMore", { shown: stuck.length, total: stuckTotal })}</p> : null}
      </section>
    </>
  );
}
