// /coordinator/self-help: interest in self-help groups per theme × place, ready to start at 5; contact details only
// for the theme × place the coordinator opens (?tema=&plats=); the themes, added and hidden here.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelfHelpInterestTable, SelfHelpQueue } from "~/components/self-help-interest-table";
import { SelfHelpThemesAdmin } from "~/components/self-help-themes-admin";
import { idField, lineText } from "~/domain/fields";
import { DIGITAL, type Place } from "~/domain/self-help";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { addTheme, interestOverview, interestQueue, listThemes, setThemeActive } from "~/models/self-help-coordinator.server";
import { listGroups } from "~/models/self-help-group-pages.server";
import { GroupList } from "~/components/self-help-group";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formText, formValues, readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formReply, parseForm, parseValues } from "~/utils/parse-form.server";
import { useFormErrors } from "~/utils/use-form-errors";
import "~/i18n/plan-parts";

const openedSchema = () =>
  z.object({
    tema: idField(),
    plats: z.string().refine((v) => v === DIGITAL || /^[1-9]\d{0,8}$/.test(v)).transform((v): Place => (v === DIGITAL ? { digital: true } : { digital: false, municipalityId: Number(v) })),
  });

const themeName = () => lineText().min(2, { error: "errors.required" }).max(80, { error: "errors.tooLong" });
const addSchema = () =>
  z.object({
    intent: z.literal("add"),
    name: themeName(),
    nameEn: lineText().transform((v) => (v === "" ? null : v)).pipe(themeName().nullable()),
    description: z.string().trim().max(1000, { error: "errors.tooLong" }),
  });
const toggleSchema = () => z.object({ intent: z.enum(["activate", "deactivate"]), themeId: idField() });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const search = new URL(request.url).searchParams;
  const opening = search.has("tema") || search.has("plats") ? openedSchema().safeParse({ tema: search.get("tema"), plats: search.get("plats") }) : null;
  const opened = opening ? notFoundUnless(opening.success ? await interestQueue(db(), { themeId: opening.data.tema, place: opening.data.plats }) : null) : null;
  const [interest, themes, groups] = await Promise.all([interestOverview(db()), listThemes(db()), listGroups(db())]);
  return { interest, themes, opened, groups };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const form = await readForm(request);
  if (form.get("intent") === "add") {
    const parsed = parseValues({ ...formValues(form, ["intent", "name", "nameEn"]), description: formText(form, "description", 2000) }, addSchema());
    if (!parsed.ok) return parsed.reply;
    const result = await addTheme(db(), { ...parsed.value, actorUserId: coordinator.id });
    if (!result.ok) return formReply({ name: "selfHelp.coordinator.errors.nameTaken" }, parsed.values);
    return redirect("/coordinator/self-help");
  }
  const parsed = parseForm(form, toggleSchema(), ["intent", "themeId"]);
  if (!parsed.ok) return formReply({ form: "error.badRequestBody" }, parsed.values);
  notFoundUnless((await setThemeActive(db(), { themeId: parsed.value.themeId, active: parsed.value.intent === "activate", actorUserId: coordinator.id })) || null);
  return redirect("/coordinator/self-help");
}

export default function CoordinatorSelfHelp() {
  const t = useT();
  const { interest, themes, opened, groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = useFormErrors(actionData?.errors);
  return (
    <section className="stack-lg" aria-labelledby="self-help-title">
      <div>
        <h1 id="self-help-title">{t("selfHelp.coordinator.title")}</h1>
        <p>{t("selfHelp.coordinator.lead")}</p>
      </div>
      {opened ? <SelfHelpQueue opened={opened} /> : null}
      <section className="stack" aria-labelledby="interest-title">
        <h2 id="interest-title">{t("selfHelp.coordinator.interestHeading")}</h2>
        <SelfHelpInterestTable rows={interest} />
      </section>
      <GroupList groups={groups} />
      <SelfHelpThemesAdmin themes={themes} errors={errors} values={actionData?.values ?? {}} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "selfHelp.coordinator.title");
