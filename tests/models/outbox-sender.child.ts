// Run by tests/models/outbox-sender.test.ts in its own process.
// Usage: tsx tests/models/outbox-sender.child.ts send DATABASE_URL SMTP_PORT NOW_ISO — one sender run on the parent's "go", prints its result
//        tsx tests/models/outbox-sender.child.ts crash DATABASE_URL NOW_ISO — claims every due message, then dies before sending
import { createDb } from "../../db/create-db";
import { createOutboxSender } from "~/models/outbox-sender.server";
import { claimDue } from "~/models/outbox.server";
import { smtpTransport } from "~/utils/mail-transport.server";
import { waitForGo } from "../setup/race";

const [mode, url, ...rest] = process.argv.slice(2);
const db = createDb(url);
if (mode === "crash") {
  const claimed = await claimDue(db, { workerId: "doomed", now: new Date(rest[0]), limit: 100 });
  process.stdout.write(JSON.stringify({ claimed: claimed.length }));
  process.exit(1);
}
const [port, now] = rest;
const sender = createOutboxSender({ db, transport: smtpTransport(`smtp://127.0.0.1:${port}`), from: "Levande <noreply@example.se>", now: () => new Date(now) });
// Both processes start together once both are set up, so their claims really collide.
await waitForGo();
const result = await sender.runOnce({ schedule: false });
await db.destroy();
process.stdout.write(JSON.stringify(result));
process.exit(0);
