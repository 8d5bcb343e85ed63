// The create/revoke action behind both calendar pages, so a volunteer's and a care unit's link behave alike.
import { data } from "@remix-run/node";
import { z } from "zod";
import type { FeedLinkActionResult } from "~/components/feed-link";
import { createFeedToken, revokeFeedTokens, type FeedOwner } from "~/models/calendar-tokens.server";
import { db } from "./db.server";
import { feedLink } from "./ics.server";
import { readForm } from "~/utils/form.server";

const intentSchema = z.object({ intent: z.enum(["create", "revoke"]) });

export async function feedLinkAction(request: Request, owner: FeedOwner, actorUserId: number) {
  const parsed = intentSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    return data<FeedLinkActionResult>({ errors: { form: "calendar.invalidIntent" }, link: null, revoked: false }, { status: 400 });
  }
  if (parsed.data.intent === "revoke") {
    await revokeFeedTokens(db(), owner, actorUserId);
    return data<FeedLinkActionResult>({ errors: {}, link: null, revoked: true });
  }
  const token = await createFeedToken(db(), { owner, actorUserId });
  // The plain token exists only in this response: the database keeps its hash.
  return data<FeedLinkActionResult>({ errors: {}, link: feedLink(request, token), revoked: false });
}
