// Run by tests/setup/race.test.ts: sets up for DELAY_MS (or exits with 3 first when DELAY_MS is "exit"), then prints when it was ready and when it was let go.
// Usage: tsx tests/setup/race.child.ts DELAY_MS|exit
import { waitForGo } from "./race";

const [delay] = process.argv.slice(2);
if (delay === "exit") process.exit(3);
await new Promise((resolve) => setTimeout(resolve, Number(delay)));
const readyAt = Date.now();
await waitForGo();
process.stdout.write(JSON.stringify({ readyAt, goAt: Date.now() }));
