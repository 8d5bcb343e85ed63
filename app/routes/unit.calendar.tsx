// The care unit's calendar link: the same feed page as the volunteer's, owned by the unit (GET /calendar/<token>.ics).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { FeedLinkPanel, type FeedLinkTexts } from "~/components/feed-link";
import { useT } from "~/i18n";
import { hasFeedToken } from "~/models/calendar-tokens.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { feedLinkAction } from "~/utils/feed-link.server";
import { pageTitle } from "~/utils/meta";

const TEXTS: FeedLinkTexts = {
  linkTitle: "requests.calendar.linkTitle",
  statusActive: "requests.calendar.statusActive",
  statusNone: "requests.calendar.statusNone",
  recreateWarning: "requests.calendar.recreateWarning",
  revokeConfirm: "requests.calendar.revokeConfirm",
  privacy: "requests.calendar.privacy",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "requester");
  const careUnitId = notFoundUnless(user.care_unit_id);
  return { hasLink: await hasFeedToken(db(), { careUnitId }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "requester");
  const careUnitId = notFoundUnless(user.care_unit_id);
  return feedLinkAction(request, { careUnitId }, user.id);
}

export default function UnitCalendar() {
  const t = useT();
  const { hasLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="calendar-title" className="stack-lg">
      <div>
        <h1 id="calendar-title">{t("requests.calendar.title")}</h1>
        <p className="lead">{t("requests.calendar.lead")}</p>
      </div>
      <FeedLinkPanel hasLink={hasLink} actionData={actionData} texts={TEXTS} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "requests.calendar.title");
