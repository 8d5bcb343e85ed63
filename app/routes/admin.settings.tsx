// GET/POST /admin/settings: the region's defaults: whether new requests offer the next candidate automatically, and the
// plan's quality floor.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { TextField } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { SCORE_FLOOR_RANGE } from "~/domain/matching/match-quality";
import { CASCADE_MAX_STEPS } from "~/domain/request-lifecycle";
import { useT } from "~/i18n";
import "~/i18n/staff";
import { getAutoNextDefault, getScoreFloor, scoreFloorSchema, setAutoNextDefault, setScoreFloor } from "~/models/region-settings.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { formValues, readForm } from "~/utils/form.server";
import { formReply } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";

/** One form per setting. An unticked checkbox sends nothing: empty is "off". */
const settingsSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("autoNextDefault"), autoNext: z.enum(["", "1"]).transform((v) => v === "1") }),
    z.object({ intent: z.literal("scoreFloor"), scoreFloor: z.string().trim().regex(/^\d{1,3}$/).transform(Number).pipe(scoreFloorSchema()) }),
  ]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  const [autoNext, scoreFloor] = await Promise.all([getAutoNextDefault(db()), getScoreFloor(db())]);
  return { autoNext, scoreFloor };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const values = formValues(await readForm(request), ["intent", "autoNext", "scoreFloor"]);
  const parsed = settingsSchema().safeParse(values);
  if (!parsed.success) {
    if (values.intent === "scoreFloor") return formReply({ scoreFloor: "desk.settings.scoreFloorInvalid" }, { scoreFloor: values.scoreFloor.slice(0, 20) });
    return formReply({ form: "error.badRequestBody" }, { scoreFloor: undefined });
  }
  if (parsed.data.intent === "autoNextDefault") await setAutoNextDefault(db(), { on: parsed.data.autoNext, actorUserId: coordinator.id });
  else await setScoreFloor(db(), { points: parsed.data.scoreFloor, actorUserId: coordinator.id });
  return redirect("/admin/settings?sparat=1");
}

export default function Settings() {
  const t = useT();
  const { autoNext, scoreFloor } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="settings-title" className="stack-lg">
      <div>
        <h1 id="settings-title">{t("desk.settings.title")}</h1>
        <p>{t("desk.settings.lead")}</p>
      </div>
      {actionData?.errors.form ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{t(actionData.errors.form)}</p>
        </NotificationBanner>
      ) : actionData?.errors.scoreFloor ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>
            <a href="#scoreFloor">{t("desk.settings.scoreFloorInvalid", SCORE_FLOOR_RANGE)}</a>
          </p>
        </NotificationBanner>
      ) : params.get("sparat") === "1" ? (
        <NotificationBanner>
          <p>{t("desk.settings.saved")}</p>
        </NotificationBanner>
      ) : null}
      <Form method="post" className="stack card">
        <input type="hidden" name="intent" value="autoNextDefault" />
        <div className="field choice-group">
          <label className="choice" htmlFor="autoNext">
            <input type="checkbox" id="autoNext" name="autoNext" value="1" defaultChecked={autoNext} aria-describedby="autoNext-hint" />
            <span>{t("desk.settings.autoNext")}</span>
          </label>
          <p id="autoNext-hint" className="field__hint">
            {t("desk.settings.autoNextHint", { max: CASCADE_MAX_STEPS })}
          </p>
        </div>
        <SaveButton />
      </Form>
      <Form method="post" className="stack card">
        <input type="hidden" name="intent" value="scoreFloor" />
        <TextField
          name="scoreFloor"
          label={t("desk.settings.scoreFloor")}
          hint={t("desk.settings.scoreFloorHint", SCORE_FLOOR_RANGE)}
          error={actionData?.errors.scoreFloor ? t(actionData.errors.scoreFloor, SCORE_FLOOR_RANGE) : undefined}
          defaultValue={actionData?.values.scoreFloor ?? String(scoreFloor)}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <SaveButton />
      </Form>
    </section>
  );
}

function SaveButton() {
  const t = useT();
  return (
    <div className="button-row">
      <button type="submit" className="button">
        {t("desk.settings.save")}
      </button>
    </div>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "desk.settings.title");
