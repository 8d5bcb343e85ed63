// Run by tests/models/cascade.test.ts in its own process: one schedule run on its own connection, as a second server would.
// Usage: tsx tests/models/cascade.child.ts DATABASE_URL NOW_ISO
import { createDb } from "../../db/create-db";
import { runSchedule } from "~/models/reminders.server";
import { waitForGo } from "../setup/race";

const [url, now] = process.argv.slice(2);
const db = createDb(url);
// Both processes start together once both are set up, so their schedules really collide.
await waitForGo();
await runSchedule(db, new Date(now));
await db.destroy();
process.stdout.write("done");
process.exit(0);
