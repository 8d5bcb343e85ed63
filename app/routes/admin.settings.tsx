// GET/POST /admin/settings: the region's defaults, today whether new requests offer the next candidate automatically.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CASCADE_MAX_STEPS } from "~/domain/request-lifecycle";
import { useT } from "~/i18n";
import { getAutoNextDefault, setAutoNextDefault } from "~/models/region-settings.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { readForm } from "~/utils/form.server";
import { pageTitle } from "~/utils/meta";
import { formValues } from "~/utils/validation";

/** An unticked checkbox sends nothing: empty is "off". */
const settingsSchema = () => z.object({ intent: z.literal("autoNextDefault"), autoNext: z.enum(["", "1"]).transform((v) => v === "1") });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, "coordinator");
  return { autoNext: await getAutoNextDefault(db()) };
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireUser(request, "coordinator");
  const parsed = settingsSchema().safeParse(formValues(await readForm(request), ["intent", "autoNext"]));
  if (!parsed.success) return data({ error: "error.badRequestBody" as const }, { status: 400 });
  await setAutoNextDefault(db(), { on: parsed.data.autoNext, actorUserId: coordinator.id });
  return redirect("/admin/settings?sparat=1");
}

export default function Settings() {
  const t = useT();
  const { autoNext } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <section aria-labelledby="settings-title" className="stack-lg">
      <div>
        <h1 id="settings-title">{t("desk.settings.title")}</h1>
        <p>{t("desk.settings.lead")}</p>
      </div>
      {actionData?.error ? (
        <p className="notice notice--warning" role="alert">
          {t(actionData.error)}
        </p>
      ) : params.get("sparat") === "1" ? (
        <p className="notice notice--success" role="status">
          {t("desk.settings.saved")}
        </p>
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
        <div className="button-row">
          <button type="submit" className="button">
            {t("desk.settings.save")}
          </button>
        </div>
      </Form>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "desk.settings.title");
