// The care unit's calendar link: the same feed page as the volunteer's, owned by the unit (GET /calendar/<token>.ics).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FeedLinkPage, type FeedLinkTexts } from "~/components/feed-link";
import { hasFeedToken } from "~/models/calendar-tokens.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { feedLinkAction } from "~/utils/feed-link.server";
import { pageTitle } from "~/utils/meta";

const TEXTS: FeedLinkTexts = {
  title: "requests.calendar.title",
  lead: "requests.calendar.lead",
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
  return <FeedLinkPage texts={TEXTS} />;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, TEXTS.title);
