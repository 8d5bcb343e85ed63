// GET/POST /volunteer/open-requests: the open requests that fit the signed-in volunteer, and raising or lowering her hand.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { NotificationBanner } from "~/components/notification-banner";
import { OpenCallCard } from "~/components/open-call-card";
import { useT, type MessageKey } from "~/i18n";
import { listOpenCall, lowerHand, raiseHand } from "~/models/open-call.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { idField } from "~/domain/fields";
import { readForm } from "~/utils/form.server";
import { formReply, parseForm } from "~/utils/parse-form.server";
import { pageTitle } from "~/utils/meta";

// The person is always the signed-in volunteer's: the form names only the request and the slot.
const handSchema = () =>
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("raise"), requestId: idField(), slotId: idField() }),
    z.object({ intent: z.literal("lower"), requestId: idField() }),
  ]);

const NOTICES: Record<string, MessageKey> = { anmalt: "openCall.notice.raised", tillbaka: "openCall.notice.lowered" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return { requests: await listOpenCall(db(), { personId }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  const parsed = parseForm(await readForm(request), handSchema(), ["intent", "requestId", "slotId"]);
  // The buttons have no fields to point at: every refusal is the page's.
  const refuse = (status: number, error: MessageKey) => formReply({ form: error }, parsed.values, {}, status);
  if (!parsed.ok) return refuse(400, "openCall.errors.invalid");
  const hand = parsed.value;
  if (hand.intent === "lower") {
    const lowered = await lowerHand(db(), { personId, requestId: hand.requestId });
    return lowered ? redirect("/volunteer/open-requests?notis=tillbaka") : refuse(409, "openCall.errors.notRaised");
  }
  const result = await raiseHand(db(), { personId, requestId: hand.requestId, slotId: hand.slotId });
  return result.ok ? redirect("/volunteer/open-requests?notis=anmalt") : refuse(409, `openCall.errors.${result.reason}`);
}

export default function OpenRequests() {
  const t = useT();
  const { requests } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = actionData ? undefined : NOTICES[params.get("notis") ?? ""];
  return (
    <section aria-labelledby="open-requests-title" className="stack-lg">
      {notice ? (
        <NotificationBanner>
          <p>{t(notice)}</p>
        </NotificationBanner>
      ) : null}
      {actionData?.errors.form ? (
        <NotificationBanner tone="important" refocus={actionData}>
          <p>{t(actionData.errors.form)}</p>
        </NotificationBanner>
      ) : null}
      <div>
        <h1 id="open-requests-title">{t("openCall.title")}</h1>
        <p className="lead">{t("openCall.lead")}</p>
      </div>
      {requests.length === 0 ? (
        <div className="stack">
          <p className="empty">{t("openCall.empty")}</p>
          <p>
            {t("openCall.emptyHint")} <Link to="/volunteer/availability">{t("openCall.availabilityLink")}</Link>
          </p>
        </div>
      ) : (
        <ul className="plain-list stack">
          {requests.map((r) => (
            <li key={r.id}>
              <OpenCallCard request={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "openCall.title");
