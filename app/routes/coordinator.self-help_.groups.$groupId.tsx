// /coordinator/self-help/groups/<id>: one self-help group for the coordinator — members under their aliases with
// their answers (the phone-only ones to call), the meetings, attendance per meeting, and ending the group on confirmation.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { NotificationBanner } from "~/components/notification-banner";
import { SurveyLinks } from "~/components/survey-links";
import { GroupAttendance, GroupFacts, GroupMeetings, GroupMembers } from "~/components/self-help-group";
import { usePlaceText } from "~/components/self-help-place";
import { formatDate } from "~/domain/format";
import { idField } from "~/domain/fields";
import { attendanceSchema } from "~/domain/self-help-groups";
import { surveyLinksFormSchema } from "~/domain/self-efficacy";
import { useLocale, useT } from "~/i18n";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/staff";
import { getGroup, recordAttendance } from "~/models/self-help-group-pages.server";
import { endGroup } from "~/models/self-help-groups.server";
import { handOutSurveyLinks } from "~/models/survey.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm, parseValues } from "~/utils/parse-form.server";
import "~/i18n/plan-parts";

const paramsSchema = () => z.object({ groupId: idField() });
const endSchema = () => z.object({ intent: z.literal("end"), confirm: z.enum(["", "yes"]) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const parsed = paramsSchema().safeParse(params);
  const group = notFoundUnless(parsed.success ? await getGroup(db(), parsed.data.groupId, { coordinator: true }) : null);
  return { group };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const parsedParams = paramsSchema().safeParse(params);
  const groupId = notFoundUnless(parsedParams.success ? parsedParams.data.groupId : null);
  const form = await readForm(request);
  if (form.get("intent") === "surveyLinks") {
    const links = parseForm(form, surveyLinksFormSchema(), ["count"], { surveyLinks: null });
    if (!links.ok) return links.reply;
    const group = notFoundUnless(await getGroup(db(), groupId, { coordinator: true }));
    if (group.status === "starting") return formReply({ count: "groups.errors.surveyTooEarly" }, links.values, { surveyLinks: null }, 409);
    const owner = { source: "self_help" as const, groupId };
    return { surveyLinks: await handOutSurveyLinks(db(), { owner, count: links.value.count, groupEnded: group.status === "ended" }), errors: null };
  }
  if (form.get("intent") === "end") {
    const parsed = parseForm(form, endSchema(), ["intent", "confirm"]);
    if (!parsed.ok) return formReply({ form: "error.badRequestBody" }, parsed.values);
    if (parsed.value.confirm !== "yes") return { confirmEnd: true, saved: null, errors: {} };
    notFoundUnless((await endGroup(db(), { groupId, actorUserId: coordinator.id })) || null);
    return redirect(`/coordinator/self-help/groups/${groupId}`);
  }
  const parsed = parseValues({ ...formValues(form, ["intent", "meetingId"]), present: form.getAll("present").slice(0, 9).map(String) }, attendanceSchema());
  if (!parsed.ok) return formReply({ form: "groups.errors.meeting" }, parsed.values);
  const result = await recordAttendance(db(), { groupId, meetingId: parsed.value.meetingId, presentMemberIds: parsed.value.present, scope: { coordinator: true }, actorUserId: coordinator.id });
  if (!result.ok && result.problem === "unknown") return notFoundUnless(null);
  if (!result.ok) return formReply({ form: "groups.errors.meeting" }, parsed.values);
  return { confirmEnd: false, saved: parsed.value.meetingId, errors: {} };
}

export default function CoordinatorGroup() {
  const t = useT();
  const locale = useLocale();
  const placeText = usePlaceText();
  const { group } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const title = t("groups.page.title", { theme: group.theme, place: placeText(group.place) });
  const surveyLinks = actionData && "surveyLinks" in actionData ? actionData : null;
  const linkErrors = useFormErrors(surveyLinks?.errors);
  const formError = !surveyLinks && actionData && actionData.errors && "form" in actionData.errors ? t(actionData.errors.form as "groups.errors.meeting") : null;
  return (
    <section className="stack-lg" aria-labelledby="group-title">
      <p>
        <Link to="/coordinator/self-help">{t("groups.page.back")}</Link>
      </p>
      <div>
        <h1 id="group-title">{title}</h1>
        {search.get("startad") ? (
          <NotificationBanner>
            <p>{t("groups.page.started")}</p>
          </NotificationBanner>
        ) : null}
        {formError ? <p className="notice notice--warning" role="alert">{formError}</p> : null}
        <GroupFacts group={group} />
        {group.endedAt ? <p>{t("groups.page.ended", { date: formatDate(group.endedAt, locale) })}</p> : null}
      </div>
      <GroupMembers group={group} />
      <GroupMeetings group={group} />
      <GroupAttendance group={group} action={`/coordinator/self-help/groups/${group.id}`} saved={actionData && "saved" in actionData ? (actionData.saved ?? null) : null} />
      {group.status === "starting" ? null : <SurveyLinks links={surveyLinks?.surveyLinks ?? null} error={linkErrors.count} lead={t("groups.page.surveyLead")} />}
      {group.status === "ended" ? null : (
        <Form method="post" className={actionData && "confirmEnd" in actionData && actionData.confirmEnd ? "notice notice--warning stack" : "stack"}>
          {actionData && "confirmEnd" in actionData && actionData.confirmEnd ? (
            <>
              <p id="confirm-end">{t("groups.page.confirmEnd", { theme: group.theme, place: placeText(group.place) })}</p>
              <input type="hidden" name="confirm" value="yes" />
              <button type="submit" name="intent" value="end" className="button button--danger" aria-describedby="confirm-end">
                {t("groups.page.confirmEndYes")}
              </button>
              <Link to={`/coordinator/self-help/groups/${group.id}`}>{t("common.cancel")}</Link>
            </>
          ) : (
            <button type="submit" name="intent" value="end" className="button button--quiet">
              {t("groups.page.end")}
            </button>
          )}
        </Form>
      )}
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "groups.page.kind", { name: data?.group.theme });
