// The coordinator's "Kort att godkänna": cards waiting for approval and published people who are stuck, each with what is missing.
import { Link } from "@remix-run/react";
import type { Role } from "../../db/schema";
import type { StuckReason } from "~/domain/onboarding";
import { useT } from "~/i18n";

export interface QueuePerson {
  id: number;
  name: string;
  alias: string | null;
  roles: Role[];
  reasons: StuckReason[];
}

function PeopleTable({ id, people }: { id: string; people: QueuePerson[] }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("peopleAdmin.name")}</th>
            <th scope="col">{t("peopleAdmin.roles")}</th>
            <th scope="col">{t("onboarding.queue.missing")}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/admin/people/${p.id}`}>{p.alias ? `${p.name} (${p.alias})` : p.name}</Link>
              </td>
              <td>{p.roles.map((r) => t(`personRole.${r}`)).join(", ")}</td>
              <td>{p.reasons.length === 0 ? t("onboarding.queue.ready") : p.reasons.map((r) => t(`onboarding.stuck.${r}`)).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
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
