import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from "~/components/form";
import { useSwedishContent } from "~/components/content-lang";
import { SupporterContactList } from "~/components/supporter-contact-list";
import { SupporterMonthStatus, SupporterYear } from "~/components/supporter-months";
import { idField, isIsoDate } from "~/domain/fields";
import { instantToLocal } from "~/domain/stockholm-time";
import { CONTACT_KINDS } from "~/domain/vocabulary";
import { useT, type MessageKey } from "~/i18n";
import { holdsRole } from "~/models/people.server";
import { addContact, getContact, listCareUnitChoices, listContacts, monthsThisYear, removeContact, type ContactProblem } from "~/models/supporter-contacts.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";

const addSchema = () =>
  z.object({
    intent: z.literal("add"),
    careUnitId: idField("supporterContacts.errors.unit"),
    contactedOn: z.string().trim().refine(isIsoDate, { error: "supporterContacts.errors.date" }),
    kind: z.enum(CONTACT_KINDS, { error: "supporterContacts.errors.kind" }),
  });
const removeSchema = () => z.object({ intent: z.literal("remove"), id: idField(), confirm: z.enum(["", "yes"]) });
const FIELDS = ["intent", "careUnitId", "contactedOn", "kind", "id", "confirm"] as const;
/** Where each refusal of the model is told; "notSupporter" is a 404, as on load. */
const PROBLEM_AT: Record<Exclude<ContactProblem, "notSupporter">, [field: string, key: MessageKey]> = {
  unknownUnit: ["careUnitId", "supporterContacts.errors.unit"],
  future: ["contactedOn", "supporterContacts.errors.future"],
  tooOld: ["contactedOn", "supporterContacts.errors.tooOld"],
  alreadyLogged: ["form", "supporterContacts.errors.alreadyLogged"],
};
const HERE = "/volunteer/contacts";

/** Only a volunteer whose person is a patient supporter: anyone else finds no such page. */
async function requireSupporter(request: Request) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  notFoundUnless((await holdsRole(db(), personId, "supporter")) || null);
  return { personId, userId: user.id };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { personId } = await requireSupporter(request);
  const today = instantToLocal(new Date()).date;
  const [units, contacts, months] = await Promise.all([listCareUnitChoices(db()), listContacts(db(), personId), monthsThisYear(db(), { personId })]);
  const month = Number(today.slice(5, 7));
  const thisMonth = months.find((m) => m.month === month) ?? { month, met: false, newUnits: 0 };
  return { today, year: Number(today.slice(0, 4)), units, contacts, months, thisMonth };
}

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSupporter(request);
  const raw = await readForm(request);
  if (raw.get("intent") === "remove") {
    const parsed = parseForm(raw, removeSchema(), FIELDS, { form: "remove" as const });
    if (!parsed.ok) return formReply({ form: "error.badRequestBody" }, parsed.values, { form: "remove" as const });
    const contact = notFoundUnless(await getContact(db(), { personId: scope.personId, contactId: parsed.value.id }));
    if (parsed.value.confirm !== "yes") return { form: "confirm" as const, errors: {}, values: parsed.values, contact };
    await removeContact(db(), { ...scope, contactId: contact.id });
    return redirect(HERE);
  }
  const parsed = parseForm(raw, addSchema(), FIELDS, { form: "add" as const });
  if (!parsed.ok) return parsed.reply;
  const { careUnitId, contactedOn, kind } = parsed.value;
  const result = await addContact(db(), { ...scope, careUnitId, contactedOn, kind });
  if (result.ok) return redirect(HERE);
  if (result.problem === "notSupporter") return notFoundUnless(null);
  const [field, key] = PROBLEM_AT[result.problem];
  return formReply({ [field]: key }, parsed.values, { form: "add" as const });
}

export default function SupporterContacts() {
  const t = useT();
  const sv = useSwedishContent();
  const { today, year, units, contacts, months, thisMonth } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const adding = actionData?.form === "add" ? actionData : null;
  const confirmId = actionData?.form === "confirm" ? actionData.contact.id : null;
  const errors = useFormErrors(adding?.errors);
  const removeErrors = useFormErrors(actionData?.form === "remove" ? actionData.errors : undefined);
  const values: Partial<Record<string, string>> = adding?.values ?? {};
  const labels = { careUnitId: t("supporterContacts.unit"), contactedOn: t("supporterContacts.date"), kind: t("supporterContacts.kind") };
  return (
    <section aria-labelledby="contacts-title" className="stack-lg">
      <div>
        <h1 id="contacts-title">{t("supporterContacts.title")}</h1>
        <p>{t("supporterContacts.lead")}</p>
        <SupporterMonthStatus year={year} month={thisMonth} />
      </div>
      <ErrorSummary errors={removeErrors} labels={{}} />
      <section aria-labelledby="add-contact-title" className="card stack">
        <h2 id="add-contact-title">{t("supporterContacts.formHeading")}</h2>
        <Form key={contacts.length} method="post" action={HERE} className="stack" noValidate aria-labelledby="add-contact-title">
          <ErrorSummary errors={errors} labels={labels} />
          <input type="hidden" name="intent" value="add" />
          <SelectField
            name="careUnitId"
            label={labels.careUnitId}
            defaultValue={values.careUnitId}
            error={errors.careUnitId}
            placeholder={t("users.choose")}
            options={units.map((u) => ({ value: String(u.id), label: t("supporterContacts.unitOption", { unit: u.name, municipality: u.municipality }), lang: sv }))}
          />
          <TextField name="contactedOn" type="date" label={labels.contactedOn} hint={t("supporterContacts.dateHint")} max={today} defaultValue={values.contactedOn ?? today} error={errors.contactedOn} />
          <ChoiceGroup name="kind" type="radio" legend={labels.kind} error={errors.kind} selected={[values.kind ?? "visit"]} options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contactKind.${k}`) }))} />
          <button type="submit" className="button">
            {t("supporterContacts.save")}
          </button>
        </Form>
      </section>
      <SupporterContactList contacts={contacts} confirmId={confirmId} action={HERE} />
      <SupporterYear year={year} months={months} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "supporterContacts.title");
