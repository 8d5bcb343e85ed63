import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ApprovalQueue, usePersonColumns } from "~/components/approval-queue";
import { ListTable } from "~/components/list-table";
import { SelectField, TextField } from "~/components/form";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { PERSON_STATES } from "~/domain/admin-forms";
import { instantToLocal } from "~/domain/stockholm-time";
import { listApprovalQueue } from "~/models/onboarding.server";
import { listPeople } from "~/models/people-admin.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { PERSON_ROLES } from "~/domain/vocabulary";

// A filter value the page does not offer is treated as "no filter", not as an error: URLs get shared and edited.
const filterSchema = () =>
  z.object({
    q: z.string().normalize("NFC").trim().max(100).catch(""),
    role: z.enum(PERSON_ROLES).nullable().catch(null),
    status: z.enum(PERSON_STATES).nullable().catch(null),
    approval: z.literal("1").nullable().catch(null),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const params = new URL(request.url).searchParams;
  const filter = filterSchema().parse({ q: params.get("q") ?? "", role: params.get("role"), status: params.get("status"), approval: params.get("godkannande") });
  // "?godkannande=1" is the start page's link to the cards waiting for approval and the people who are stuck.
  if (filter.approval) return { approval: await listApprovalQueue(db(), { today: instantToLocal(new Date()).date }), people: [], filter };
  const people = await listPeople(db(), { q: filter.q, role: filter.role, state: filter.status });
  return { approval: null, people, filter };
}

export default function People() {
  const t = useT();
  const locale = useLocale();
  const personColumns = usePersonColumns();
  const { approval, people, filter } = useLoaderData<typeof loader>();
  if (approval) {
    return (
      <section aria-labelledby="approval-title" className="stack-lg">
        <p>
          <Link to="/admin/people">{t("onboarding.queue.allPeople")}</Link>
        </p>
        <div>
          <h1 id="approval-title">{t("onboarding.queue.title")}</h1>
          <p className="lead">{t("onboarding.queue.lead")}</p>
        </div>
        <ApprovalQueue {...approval} />
      </section>
    );
  }
  return (
    <section aria-labelledby="people-title" className="stack-lg">
      <div>
        <h1 id="people-title">{t("peopleAdmin.title")}</h1>
        <p className="lead">{t("peopleAdmin.lead")}</p>
        <p className="button-row">
          <Link to="/admin/people/new" className="button">
            {t("peopleAdmin.new")}
          </Link>
          <Link to="/admin/people?godkannande=1">{t("onboarding.queue.title")}</Link>
        </p>
      </div>
      <Form method="get" className="card stack" aria-label={t("peopleAdmin.filter")}>
        <TextField name="q" type="search" label={t("peopleAdmin.search")} defaultValue={filter.q} maxLength={100} />
        <SelectField name="role" label={t("peopleAdmin.role")} defaultValue={filter.role ?? ""} placeholder={t("peopleAdmin.anyRole")} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
        <SelectField name="status" label={t("peopleAdmin.status")} defaultValue={filter.status ?? ""} placeholder={t("peopleAdmin.anyStatus")} options={PERSON_STATES.map((s) => ({ value: s, label: t(`peopleAdmin.status.${s}`) }))} />
        <button type="submit" className="button button--secondary">
          {t("peopleAdmin.filter")}
        </button>
      </Form>
      {people.length === 0 ? (
        <p role="status">{t("peopleAdmin.none")}</p>
      ) : (
        <ListTable
          labelledBy="people-title"
          stacked
          rows={people}
          columns={[
            ...personColumns,
            { label: t("peopleAdmin.status"), cell: (p) => `${t(`peopleAdmin.status.${p.state}`)}${p.approved_at === null ? `, ${t("onboarding.queue.waitingTag")}` : ""}` },
            { label: t("peopleAdmin.joinedOn"), cell: (p) => formatDate(`${p.joined_on}T12:00:00Z`, locale) },
          ]}
        />
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "peopleAdmin.title");
