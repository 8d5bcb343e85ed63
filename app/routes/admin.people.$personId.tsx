import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CardApproval, CardApprovalBanner, CARD_NOTICE } from "~/components/card-approval";
import { Facts } from "~/components/facts";
import { NotificationBanner } from "~/components/notification-banner";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { PersonDetailsFields, useDetailsLabels } from "~/components/person-details-fields";
import { PeriodTouches } from "~/components/period-touches";
import { isPauseEnd, releaseChoice } from "~/domain/cant-come";
import { pauseTouches } from "~/models/commitments.server";
import { instantToLocal } from "~/domain/stockholm-time";
import { useLocale, useT } from "~/i18n";
import "~/i18n/staff";
import { DETAILS_FIELDS, detailsFields, roleTitleFor } from "~/domain/admin-forms";
import { addRole, addTraining, changeStatus, deleteTraining, getPersonForAdmin, removeRole, updateDetails, type Problem } from "~/models/people-admin.server";
import { getCardApproval } from "~/models/onboarding.server";
import { setCardApproval } from "~/models/people-admin.server";
import { listContacts } from "~/models/supporter-contacts.server";
import { SupporterContactLog } from "~/components/supporter-contact-log";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField, isIsoDate } from "~/domain/fields";
import { formatDate } from "~/domain/format";
import { pageTitle } from "~/utils/meta";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import { errorKeys } from "~/utils/validation";
import { PERSON_ROLES, TRAINING_KINDS, type PersonRole } from "~/domain/vocabulary";

const date = () => z.string().trim().refine(isIsoDate, { error: "peopleAdmin.errors.date" });
const role = () => z.enum(PERSON_ROLES, { error: "peopleAdmin.errors.role" });

const INTENTS = ["details", "addRole", "removeRole", "addTraining", "deleteTraining", "pause", "resume", "end", "approve", "unpublish"] as const;
type Intent = (typeof INTENTS)[number];
// One schema per intent; each form on the page posts only its own fields, and errors are keyed by those fields.
const actionSchema = (today: string) =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("details"), ...detailsFields() }),
    z.object({ intent: z.literal("addRole"), role: role(), title: z.string() }).superRefine((v, ctx) => {
      const title = roleTitleFor(v.role).safeParse(v.title);
      if (!title.success) ctx.addIssue({ code: "custom", path: ["title"], message: title.error.issues[0].message });
    }),
    z.object({ intent: z.literal("removeRole"), removeRole: role() }),
    z.object({ intent: z.literal("addTraining"), kind: z.enum(TRAINING_KINDS, { error: "peopleAdmin.errors.trainingKind" }), completedOn: date() }),
    z.object({ intent: z.literal("deleteTraining"), trainingId: idField() }),
    z.object({
      intent: z.literal("pause"),
      pausedUntil: z
        .string()
        .trim()
        .transform((v) => v || null)
        .refine((v) => isPauseEnd(v, today), { error: "peopleAdmin.errors.date" }),
    }),
    z.object({ intent: z.literal("end"), leftOn: date(), confirm: z.string() }),
    z.object({ intent: z.enum(["resume", "approve", "unpublish"]) }),
  ]);
const FIELDS = ["intent", ...DETAILS_FIELDS, "role", "title", "removeRole", "kind", "completedOn", "trainingId", "pausedUntil", "leftOn", "confirm"] as const;

async function loadPerson(params: LoaderFunctionArgs["params"]) {
  const id = idField().safeParse(params.personId);
  return notFoundUnless(id.success ? await getPersonForAdmin(db(), id.data) : undefined);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const profile = await loadPerson(params);
  const [approval, contacts] = await Promise.all([getCardApproval(db(), { personId: profile.person.id, today: instantToLocal(new Date()).date }), listContacts(db(), profile.person.id)]);
  return { profile, approval: notFoundUnless(approval), contacts };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const { person } = await loadPerson(params);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const parsed = parseForm(form, actionSchema(instantToLocal(new Date()).date), FIELDS, { intent, confirmEnd: null });
  if (!(INTENTS as readonly string[]).includes(intent)) return formReply({ form: "peopleAdmin.errors.intent" }, parsed.values, { intent, confirmEnd: null });
  if (!parsed.ok) return parsed.reply;
  const { values } = parsed;
  const fail = (problem: Problem) => formReply({ [problem.field]: problem.error }, values, { intent, confirmEnd: null });
  const v = parsed.value;
  const scope = { personId: person.id, userId: user.id };
  let problem: Problem | null = null;
  if (v.intent === "approve" || v.intent === "unpublish") {
    await setCardApproval(db(), { ...scope, approve: v.intent === "approve" });
    return redirect(`/admin/people/${person.id}?${CARD_NOTICE}=${v.intent === "approve" ? "publicerat" : "avpublicerat"}`);
  }
  if (v.intent === "end") {
    // Ending a membership takes it out of matching, so it asks first; the question is a page, not a script, so it works without JS.
    if (v.confirm !== "yes" && !person.left_on && v.leftOn >= person.joined_on) return { intent, errors: {}, values, confirmEnd: v.leftOn };
    problem = await changeStatus(db(), { ...scope, change: { kind: "end", leftOn: v.leftOn } });
  } else if (v.intent === "pause") {
    // Pausing over bookings or pending offers is never silent: a second step shows them and asks what to do.
    const touches = await pauseTouches(db(), { personId: person.id, until: v.pausedUntil });
    const touched = touches.bookings.length + touches.offers.length > 0;
    const choice = { choice: String(form.get("choice") ?? ""), reason: String(form.get("reason") ?? "").slice(0, 1000) };
    if (touched && form.get("step") !== "confirm") return { intent, errors: {}, values, confirmEnd: null, touches, choice: {} };
    const release = touched ? releaseChoice(touches.bookings.length > 0).safeParse(choice) : undefined;
    if (release && !release.success) return formReply(errorKeys(release.error), values, { intent, confirmEnd: null, touches, choice });
    problem = await changeStatus(db(), { ...scope, change: { kind: "pause", until: v.pausedUntil }, release: release?.data });
  } else if (v.intent === "details") problem = await updateDetails(db(), { ...scope, input: v });
  else if (v.intent === "addRole") problem = await addRole(db(), { ...scope, role: v.role, title: roleTitleFor(v.role).parse(v.title) });
  else if (v.intent === "removeRole") problem = await removeRole(db(), { ...scope, role: v.removeRole });
  else if (v.intent === "addTraining") await addTraining(db(), { ...scope, kind: v.kind, completedOn: v.completedOn });
  else if (v.intent === "deleteTraining") problem = await deleteTraining(db(), { ...scope, trainingId: v.trainingId });
  else problem = await changeStatus(db(), { ...scope, change: { kind: "resume" } });
  if (problem) return fail(problem);
  return redirect(`/admin/people/${person.id}?sparad=1`);
}

function IntentButton({ intent, label, className = "button" }: { intent: Intent; label: string; className?: string }) {
  return (
    <button type="submit" name="intent" value={intent} className={className}>
      {label}
    </button>
  );
}

export default function PersonAdmin() {
  const t = useT();
  const locale = useLocale();
  const { profile, approval, contacts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { person } = profile;
  const errors = useFormErrors(actionData?.errors);
  const v: Partial<Record<string, string>> = actionData?.values ?? {};
  const touches = actionData && "touches" in actionData && actionData.touches ? { touches: actionData.touches, choice: actionData.choice ?? {} } : null;
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale);
  const labels: Record<string, string> = {
    ...useDetailsLabels(),
    role: t("peopleAdmin.role"),
    title: t("peopleAdmin.roleTitle"),
    removeRole: t("peopleAdmin.roles"),
    kind: t("peopleAdmin.trainingKind"),
    completedOn: t("peopleAdmin.trainingDate"),
    trainingId: t("peopleAdmin.training"),
    pausedUntil: t("peopleAdmin.pauseUntil"),
    leftOn: t("peopleAdmin.endOn"),
  };
  // A patient supporter or group starter has no catalogue card, so the role shows no card title and there is no card to approve.
  const cardless = [...(profile.supporter ? (["supporter"] as const) : []), ...(profile.starter ? (["starter"] as const) : [])].map((role) => ({ role, title: null }));
  const held: { role: PersonRole; title: string | null }[] = [...profile.roles, ...cardless];
  const roleText = (r: { role: PersonRole; title: string | null }) => (r.title ? `${t(`personRole.${r.role}`)}: ${r.title}` : t(`personRole.${r.role}`));
  const status = person.status === "paused" && person.paused_until && !person.left_on ? t("peopleAdmin.pausedUntil", { date: day(person.paused_until) }) : t(`peopleAdmin.status.${profile.state}`);
  return (
    <section aria-labelledby="person-title" className="stack-lg">
      <p>
        <Link to="/admin/people">{t("peopleAdmin.back")}</Link>
      </p>
      <div>
        <h1 id="person-title">{person.alias ? `${person.name} (${person.alias})` : person.name}</h1>
        {params.get("sparad") || params.get("skapad") ? (
          <NotificationBanner>
            <p>{t(params.get("skapad") ? "peopleAdmin.created" : "peopleAdmin.saved")}</p>
          </NotificationBanner>
        ) : (
          <CardApprovalBanner />
        )}
        <Facts
          items={[
            [t("peopleAdmin.status"), status],
            [t("peopleAdmin.roles"), held.map(roleText).join(", ")],
            [t("peopleAdmin.joinedOn"), day(person.joined_on)],
            ...(person.left_on ? [[t("peopleAdmin.leftOn"), day(person.left_on)] as [string, string]] : []),
          ]}
        />
        <p>
          <Link to="profile">{t("peopleAdmin.profileLink")}</Link> · <Link to="privacy">{t("privacy.link")}</Link>
        </p>
      </div>
      {profile.roles.length > 0 ? <CardApproval approval={approval} /> : null}
      <ErrorSummary errors={touches ? {} : errors} labels={labels} />
      {actionData?.confirmEnd ? (
        <Form method="post" className="notice notice--warning stack" aria-labelledby="confirm-end">
          <p id="confirm-end">{t("peopleAdmin.confirmEnd", { name: person.name, date: day(actionData.confirmEnd) })}</p>
          <input type="hidden" name="leftOn" value={actionData.confirmEnd} />
          <input type="hidden" name="confirm" value="yes" />
          <IntentButton intent="end" label={t("peopleAdmin.confirmEndYes")} className="button button--danger" />
          <Link to={`/admin/people/${person.id}`}>{t("common.cancel")}</Link>
        </Form>
      ) : null}
      <section className="card stack" aria-labelledby="details-title">
        <h2 id="details-title">{t("peopleAdmin.details")}</h2>
        <Form method="post" className="stack" noValidate>
          <PersonDetailsFields
            values={actionData?.intent === "details" ? v : { name: person.name, alias: person.alias ?? "", email: person.email ?? "", phone: person.phone ?? "", joinedOn: person.joined_on }}
            errors={errors}
          />
          <IntentButton intent="details" label={t("peopleAdmin.saveDetails")} />
        </Form>
      </section>
      <section className="card stack" aria-labelledby="roles-title">
        <h2 id="roles-title">{t("peopleAdmin.roles")}</h2>
        {errors.removeRole ? <p className="field__error">{errors.removeRole}</p> : null}
        <ul className="plain-list">
          {held.map((r) => (
            <li key={r.role}>
              <Form method="post">
                {roleText(r)} <input type="hidden" name="removeRole" value={r.role} />
                <IntentButton intent="removeRole" label={t("peopleAdmin.removeRole", { role: t(`personRole.${r.role}`) })} className="button button--quiet" />
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" className="stack" noValidate>
          <SelectField name="role" label={labels.role} defaultValue={v.role} error={errors.role} placeholder={t("users.choose")} options={PERSON_ROLES.filter((r) => !held.some((h) => h.role === r)).map((r) => ({ value: r, label: t(`personRole.${r}`) }))} />
          <TextField name="title" label={labels.title} hint={t("peopleAdmin.titleHint")} defaultValue={v.title} error={errors.title} maxLength={120} />
          <IntentButton intent="addRole" label={t("peopleAdmin.addRole")} />
        </Form>
      </section>
      {profile.supporter || contacts.length > 0 ? <SupporterContactLog contacts={contacts} /> : null}
      <section className="card stack" aria-labelledby="training-title">
        <h2 id="training-title">{t("peopleAdmin.training")}</h2>
        {errors.trainingId ? <p className="field__error">{errors.trainingId}</p> : null}
        {profile.training.length === 0 ? <p>{t("peopleAdmin.noTraining")}</p> : null}
        <ul className="plain-list">
          {profile.training.map((tr) => (
            <li key={tr.id}>
              <Form method="post">
                {t(`peopleAdmin.training.${tr.kind}`)}: {day(tr.completed_on)} <input type="hidden" name="trainingId" value={tr.id} />
                <IntentButton intent="deleteTraining" label={t("peopleAdmin.deleteTraining", { kind: t(`peopleAdmin.training.${tr.kind}`), date: day(tr.completed_on) })} className="button button--quiet" />
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" className="stack" noValidate>
          <SelectField name="kind" label={labels.kind} defaultValue={v.kind} error={errors.kind} placeholder={t("users.choose")} options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`peopleAdmin.training.${k}`) }))} />
          <TextField name="completedOn" type="date" label={labels.completedOn} defaultValue={v.completedOn} error={errors.completedOn} />
          <IntentButton intent="addTraining" label={t("peopleAdmin.addTraining")} />
        </Form>
      </section>
      <section className="card stack" aria-labelledby="status-title">
        <h2 id="status-title">{t("peopleAdmin.statusHeading")}</h2>
        {touches ? (
          <PeriodTouches
            heading={t("peopleAdmin.pauseTouchesTitle", { name: person.name })}
            touches={touches.touches}
            intent="pause"
            hidden={[["pausedUntil", v.pausedUntil ?? ""]]}
            defaultReason={t("peopleAdmin.pauseDefaultReason")}
            errors={actionData?.errors}
            values={touches.choice}
            saveLabel={t("peopleAdmin.savePause")}
            backHref={`/admin/people/${person.id}`}
            offersNote={t("peopleAdmin.pauseOffersDeclined")}
          />
        ) : profile.state === "active" ? (
          <Form method="post" className="stack" noValidate>
            <TextField name="pausedUntil" type="date" label={labels.pausedUntil} defaultValue={v.pausedUntil} error={errors.pausedUntil} />
            <IntentButton intent="pause" label={t("peopleAdmin.pause")} />
          </Form>
        ) : (
          <Form method="post">
            <IntentButton intent="resume" label={t("peopleAdmin.resume")} />
          </Form>
        )}
        {profile.state !== "ended" ? (
          <Form method="post" className="stack" noValidate>
            <TextField name="leftOn" type="date" label={labels.leftOn} defaultValue={v.leftOn} error={errors.leftOn} />
            <IntentButton intent="end" label={t("peopleAdmin.end")} className="button button--danger" />
          </Form>
        ) : null}
      </section>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "peopleAdmin.title", { name: data?.profile.person.name });
