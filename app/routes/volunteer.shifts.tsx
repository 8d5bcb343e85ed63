// /volunteer/shifts: shifts at the meeting places for any volunteer with a person: sign up for an occurrence or leave
// it before it starts, and enter (or correct) its visitors once it has started, for 14 days.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/form";
import { MyShifts, UpcomingShifts } from "~/components/meeting-place-shifts";
import { shiftFormSchema, visitorsFormSchema } from "~/domain/meeting-place-forms";
import { useT } from "~/i18n";
import { changeShift, enterVisitors, shiftBoard } from "~/models/meeting-place-shifts.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const HERE = "/volunteer/shifts";
const FIELDS = ["intent", "activityId", "date", "visitors"] as const;

async function requirePerson(request: Request) {
  const user = await requireUser(request, "volunteer");
  return notFoundUnless(user.person_id);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const personId = await requirePerson(request);
  return shiftBoard(db(), { personId });
}

export async function action({ request }: ActionFunctionArgs) {
  const personId = await requirePerson(request);
  const form = await readForm(request);
  if (form.get("intent") === "count") {
    const values = formValues(form, FIELDS);
    // Which shift's form answered: its error is shown there, not on the other shifts' forms.
    const key = `${values.activityId}-${values.date}`;
    const parsed = parseValues(values, visitorsFormSchema(), { form: "count" as const, key });
    if (!parsed.ok) return parsed.reply;
    const result = await enterVisitors(db(), { personId, ...parsed.value });
    if (!result.ok && result.problem === "notOnDuty") return notFoundUnless(null);
    if (!result.ok) return formReply({ visitors: "meetingPlaces.errors.outsideWindow" }, parsed.values, { form: "count" as const, key });
    return redirect(HERE);
  }
  const parsed = parseForm(form, shiftFormSchema(), FIELDS, { form: "shift" as const, key: "" });
  if (!parsed.ok) return formReply({ form: "error.badRequestBody" }, parsed.values, { form: "shift" as const, key: "" });
  const result = await changeShift(db(), { personId, activityId: parsed.value.activityId, date: parsed.value.date, join: parsed.value.intent === "join" });
  if (!result.ok && result.problem === "unknown") return notFoundUnless(null);
  if (!result.ok) return formReply({ form: "meetingPlaces.errors.started" }, parsed.values, { form: "shift" as const, key: "" });
  return redirect(HERE);
}

export default function VolunteerShifts() {
  const t = useT();
  const { mine, upcoming } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  const counting = actionData?.form === "count" ? { key: actionData.key, errors, values: actionData.values ?? {} } : null;
  return (
    <section className="stack-lg" aria-labelledby="shifts-title">
      <div>
        <h1 id="shifts-title">{t("meetingPlaces.shifts.title")}</h1>
        <p>{t("meetingPlaces.shifts.lead")}</p>
      </div>
      {actionData?.form === "shift" ? <ErrorSummary errors={errors} labels={{}} /> : null}
      <MyShifts shifts={mine} action={HERE} posted={counting} />
      <UpcomingShifts shifts={upcoming} action={HERE} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "meetingPlaces.shifts.title");
