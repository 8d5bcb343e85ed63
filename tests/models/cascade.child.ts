// Run by tests/models/cascade.test.ts in its own process: one schedule run on its own connection, as a second server would.
// Usage: tsx tests/models/cascade.child.ts DATABASE_URL NOW_ISO START_AT_MS
import { createDb } from "../../db/create-db";
import { runSchedule } from "~/models/reminders.server";

const [url, now, startAt] = process.argv.slice(2);
const db = createDb(url);
// Both processes wait for the same instant, so their schedules really collide.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
await runSchedule(db, new Date(now));
await db.destroy();
process.stdout.write("done");
process.exit(0);
