// /coordinator/meeting-places/<place>: a place's details and opening hours (and whether the public sees it), its
// activities added and ended, and the visitors per activity and week.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/form";
import { ActivityList, AddActivityForm, VisitorsByWeek } from "~/components/meeting-place-activities";
import { hoursValues, MeetingPlaceForm } from "~/components/meeting-place-form";
import { ACTIVITY_FIELDS, activityFormSchema, cancelActivitySchema, endActivitySchema, PLACE_FIELDS, placeFormSchema } from "~/domain/meeting-place-forms";
import { idField } from "~/domain/fields";
import { instantToLocal } from "~/domain/stockholm-time";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { addActivity, cancelOneOff, endActivity, listMunicipalities, placeForCoordinator, updatePlace } from "~/models/meeting-places-admin.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formText, formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const activeField = () => z.object({ active: z.enum(["", "on"]).transform((v) => v === "on") });

function placeIdOf(params: LoaderFunctionArgs["params"]): number {
  const parsed = idField().safeParse(params.placeId);
  return notFoundUnless(parsed.success ? parsed.data : null);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const found = notFoundUnless(await placeForCoordinator(db(), placeIdOf(params)));
  const now = new Date();
  return { ...found, municipalities: await listMunicipalities(db()), today: instantToLocal(now).date, now: now.toISOString() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const placeId = placeIdOf(params);
  const here = `/coordinator/meeting-places/${placeId}`;
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "update") {
    const fields = [...PLACE_FIELDS.filter((f) => f !== "description"), "active"] as const;
    const values = { ...formValues(form, fields), description: formText(form, "description", 2000) };
    const parsed = parseValues(values, placeFormSchema().and(activeField()), { form: "place" as const });
    if (!parsed.ok) return parsed.reply;
    const result = await updatePlace(db(), placeId, { ...parsed.value, actorUserId: coordinator.id });
    if (result === "unknownPlace") return notFoundUnless(null);
    if (result === "unknownMunicipality") return formReply({ municipalityId: "meetingPlaces.errors.municipality" }, parsed.values, { form: "place" as const });
    return redirect(here);
  }
  if (intent === "addActivity") {
    const fields = ACTIVITY_FIELDS.filter((f) => f !== "description");
    const parsed = parseValues({ ...formValues(form, fields), description: formText(form, "description", 2000) }, activityFormSchema(), { form: "activity" as const });
    if (!parsed.ok) return parsed.reply;
    notFoundUnless((await addActivity(db(), placeId, { ...parsed.value, actorUserId: coordinator.id })) || null);
    return redirect(here);
  }
  if (intent === "cancel") {
    const parsed = parseForm(form, cancelActivitySchema(), ["intent", "activityId"], { form: "cancel" as const });
    if (!parsed.ok) return parsed.reply;
    const result = await cancelOneOff(db(), { placeId, activityId: parsed.value.activityId, actorUserId: coordinator.id });
    if (result === "unknown") return notFoundUnless(null);
    if (result === "started") return formReply({ form: "meetingPlaces.errors.alreadyStarted" }, parsed.values, { form: "cancel" as const });
    return redirect(here);
  }
  const parsed = parseForm(form, endActivitySchema(), ["intent", "activityId", "untilDate"], { form: "end" as const });
  if (!parsed.ok) return parsed.reply;
  const result = await endActivity(db(), { placeId, ...parsed.value, actorUserId: coordinator.id });
  if (result === "unknown") return notFoundUnless(null);
  if (result === "beforeStart") return formReply({ untilDate: "meetingPlaces.errors.untilBeforeStart" }, parsed.values, { form: "end" as const });
  return redirect(here);
}

export default function CoordinatorMeetingPlace() {
  const t = useT();
  const { place, hours, weeks, activities, municipalities, today, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const posted = (form: string) => (actionData && "form" in actionData && actionData.form === form ? actionData : null);
  const placeValues = posted("place")?.values ?? { ...hoursValues(hours), name: place.name, municipalityId: String(place.municipalityId), address: place.address, description: place.description };
  const ending = posted("end");
  const endErrors = ending ? { activityId: Number((ending.values as Record<string, string>).activityId), errors } : null;
  const cancelErrors = posted("cancel") ? errors : undefined;
  return (
    <article className="stack-lg" aria-labelledby="place-title">
      <div>
        <p>
          <Link to="/coordinator/meeting-places">{t("meetingPlaces.coordinator.back")}</Link>
        </p>
        <h1 id="place-title">{place.name}</h1>
        {place.active ? (
          <p>
            <Link to={`/motesplatser/${place.id}`}>{t("meetingPlaces.coordinator.publicPage")}</Link>
          </p>
        ) : null}
      </div>
      <section className="stack" aria-labelledby="visitors-title">
        <h2 id="visitors-title">{t("meetingPlaces.coordinator.visitorsHeading")}</h2>
        <VisitorsByWeek activities={activities} weeks={weeks} />
      </section>
      <section className="stack" aria-labelledby="activities-title">
        <h2 id="activities-title">{t("meetingPlaces.coordinator.activitiesHeading")}</h2>
        <ErrorSummary errors={cancelErrors} labels={{}} />
        <ActivityList activities={activities} action={`/coordinator/meeting-places/${place.id}`} today={today} now={now} errors={endErrors} />
      </section>
      <section className="card stack" aria-labelledby="add-activity-title">
        <h2 id="add-activity-title">{t("meetingPlaces.coordinator.addActivityHeading")}</h2>
        <AddActivityForm action={`/coordinator/meeting-places/${place.id}`} values={posted("activity")?.values ?? {}} errors={posted("activity") ? errors : {}} today={today} />
      </section>
      <section className="card stack" aria-labelledby="edit-place-title">
        <h2 id="edit-place-title">{t("meetingPlaces.coordinator.editHeading")}</h2>
        <MeetingPlaceForm
          intent="update"
          action={`/coordinator/meeting-places/${place.id}`}
          municipalities={municipalities}
          values={placeValues}
          errors={posted("place") ? errors : {}}
          submit={t("meetingPlaces.coordinator.save")}
          active={place.active}
        />
      </section>
    </article>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "meetingPlaces.coordinator.title", { name: data?.place.name });
