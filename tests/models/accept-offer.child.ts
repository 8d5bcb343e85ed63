// Run by tests/models/offers.test.ts in its own process: accepts one offer at an agreed instant and prints the result.
// Usage: tsx tests/models/accept-offer.child.ts DATABASE_URL OFFER_ID PERSON_ID USER_ID NOW_ISO START_AT_MS
import { createDb } from "../../db/create-db";
import { acceptOffer } from "~/models/offers.server";

const [url, offerId, personId, userId, now, startAt] = process.argv.slice(2);
const db = createDb(url);
// Both processes wait for the same instant, so their BEGIN IMMEDIATE statements really collide.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await acceptOffer(db, { offerId: Number(offerId), personId: Number(personId), userId: Number(userId), now: new Date(now) });
await db.destroy();
process.stdout.write(JSON.stringify(result));
