// The volunteer's calendar link: create, replace or turn off their personal feed (GET /calendar/<token>.ics).
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
  linkTitle: "calendar.linkTitle",
  statusActive: "calendar.statusActive",
  statusNone: "calendar.statusNone",
  recreateWarning: "calendar.recreateWarning",
  revokeConfirm: "calendar.revokeConfirm",
  privacy: "calendar.privacy",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return { hasLink: await hasFeedToken(db(), { personId }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return feedLinkAction(request, { personId }, user.id);
}

export default function VolunteerCalendar() {
  const t = useT();
  const { hasLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section aria-labelledby="calendar-title" className="stack-lg">
      <div>
        <h1 id="calendar-title">{t("calendar.title")}</h1>
        <p className="lead">{t("calendar.lead")}</p>
      </div>
      <FeedLinkPanel hasLink={hasLink} actionData={actionData} texts={TEXTS} />
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.title");
