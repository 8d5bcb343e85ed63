// Run by tests/models/offers.test.ts in its own process: accepts one offer on the parent's "go" and prints the result.
// Usage: tsx tests/models/accept-offer.child.ts DATABASE_URL OFFER_ID PERSON_ID USER_ID NOW_ISO
import { createDb } from "../../db/create-db";
import { acceptOffer } from "~/models/offer/answer.server";
import { waitForGo } from "../setup/race";

const [url, offerId, personId, userId, now] = process.argv.slice(2);
const db = createDb(url);
// Both processes start together once both are set up, so their BEGIN IMMEDIATE statements really collide.
await waitForGo();
const result = await acceptOffer(db, { offerId: Number(offerId), personId: Number(personId), userId: Number(userId), now: new Date(now) });
await db.destroy();
process.stdout.write(JSON.stringify(result));
