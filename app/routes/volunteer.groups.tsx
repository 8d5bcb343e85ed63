// /volunteer/groups: a self-help group starter's own groups, their meetings and the attendance under aliases, which she
// records; no member's contact details. Only a volunteer holding the starter role finds the page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GroupAttendance, GroupFacts, GroupMeetings, GroupMembers } from "~/components/self-help-group";
import { usePlaceText } from "~/components/self-help-place";
import { attendanceSchema } from "~/domain/self-help-groups";
import { useT } from "~/i18n";
import { holdsRole } from "~/models/people.server";
import { getGroup, listStarterGroups, recordAttendance } from "~/models/self-help-group-pages.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseValues } from "~/utils/parse-form.server";
import { idField } from "~/domain/fields";
import "~/i18n/plan-parts";

async function requireStarter(request: Request) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  notFoundUnless((await holdsRole(db(), personId, "starter")) || null);
  return { personId, userId: user.id };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { personId } = await requireStarter(request);
  const now = new Date();
  const summaries = await listStarterGroups(db(), personId, now);
  const groups = await Promise.all(summaries.map((g) => getGroup(db(), g.id, { starterPersonId: personId }, now)));
  return { groups: groups.flatMap((g) => (g ? [g] : [])) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { personId, userId } = await requireStarter(request);
  const form = await readForm(request);
  const groupId = idField().safeParse(formValues(form, ["groupId"]).groupId);
  const parsed = parseValues({ ...formValues(form, ["intent", "meetingId"]), present: form.getAll("present").slice(0, 9).map(String) }, attendanceSchema());
  if (!parsed.ok || !groupId.success) return formReply({ form: "groups.errors.meeting" }, parsed.values);
  const result = await recordAttendance(db(), { groupId: groupId.data, meetingId: parsed.value.meetingId, presentMemberIds: parsed.value.present, scope: { starterPersonId: personId }, actorUserId: userId });
  if (!result.ok && result.problem === "unknown") return notFoundUnless(null);
  if (!result.ok) return formReply({ form: "groups.errors.meeting" }, parsed.values);
  return { saved: parsed.value.meetingId, errors: {} };
}

export default function StarterGroups() {
  const t = useT();
  const placeText = usePlaceText();
  const { groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const saved = actionData && "saved" in actionData ? actionData.saved : null;
  return (
    <section className="stack-lg" aria-labelledby="groups-title">
      <div>
        <h1 id="groups-title">{t("groups.volunteer.title")}</h1>
        <p>{t("groups.volunteer.lead")}</p>
        {actionData && "form" in actionData.errors ? (
          <p className="notice notice--warning" role="alert">
            {t("groups.errors.meeting")}
          </p>
        ) : null}
      </div>
      {groups.length === 0 ? <p className="empty">{t("groups.volunteer.empty")}</p> : null}
      {groups.map((group) => (
        <article key={group.id} className="stack" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{t("groups.page.title", { theme: group.theme, place: placeText(group.place) })}</h2>
          <GroupFacts group={group} />
          <GroupMembers group={group} nested />
          <GroupMeetings group={group} nested />
          <GroupAttendance group={group} action="/volunteer/groups" saved={saved} nested />
        </article>
      ))}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "groups.volunteer.title");
