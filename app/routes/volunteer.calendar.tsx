// The volunteer's calendar link: create, replace or turn off their personal feed (GET /calendar/<token>.ics).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FeedLinkPage, type FeedLinkTexts } from "~/components/feed-link";
import { hasFeedToken } from "~/models/calendar-tokens.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { feedLinkAction } from "~/utils/feed-link.server";
import { pageTitle } from "~/utils/meta";

const TEXTS: FeedLinkTexts = {
  title: "calendar.title",
  lead: "calendar.lead",
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
  return <FeedLinkPage texts={TEXTS} />;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, TEXTS.title);
