// Times each load-tested page's model calls alone, in-process and one at a time, on a generated data set.
// `node --cpu-prof --cpu-prof-dir DIR --import tsx bench/profile-models.ts --model goals` gives a profile of that model only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/create-db";
import { filterCards, knownFilters, parseCatalogueFilters } from "../app/domain/catalogue-filters";
import { instantToLocal } from "../app/domain/stockholm-time";
import { listFeedAssignments } from "../app/models/calendar-events.server";
import { loadCatalogue, loadCatalogueLookups } from "../app/models/catalogue.server";
import { getCandidatesForDesk } from "../app/models/desk-candidates-page.server";
import { listOffersForPerson } from "../app/models/volunteer-offers-page.server";
import { buildCalendar } from "../app/utils/ics.server";
import { generateDataSet } from "./generate";
import { stats } from "./stats";

const { values: args } = parseArgs({ options: { scale: { type: "string", default: "1" }, model: { type: "string" }, n: { type: "string", default: "10" } } });

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-profile-"));
  const file = path.join(dir, "bench.db");
  const now = new Date();
  const set = await generateDataSet({ file, scale: Number(args.scale), now });
  const db = createDb(`file:${file}`);
  const requestId = (await db.selectFrom("requests").select("id").where("status", "=", "open").orderBy("id").executeTakeFirstOrThrow()).id;
  const models: Record<string, () => Promise<unknown>> = {
    catalogue: async () => {
      const [entries, lookups] = await Promise.all([loadCatalogue(db, { today: instantToLocal(new Date()).date }), loadCatalogueLookups(db)]);
      return filterCards(entries, knownFilters(parseCatalogueFilters(new URLSearchParams()), lookups), lookups);
    },
    desk: () => getCandidatesForDesk(db, { requestId, all: false, now }),
    goals: async () => {
      const goals = (await import("../app/models/goals.server")) as { loadGoals?: (db: unknown, o: { year: number; now: Date }) => Promise<unknown> };
      return goals.loadGoals?.(db, { year: now.getUTCFullYear(), now });
    },
    offers: () => listOffersForPerson(db, { personId: set.volunteerPersonId, now }),
    ics: async () => buildCalendar({ name: "Levande", events: await listFeedAssignments(db, { personId: set.volunteerPersonId }) }),
  };
  for (const [name, work] of Object.entries(models)) {
    if (args.model && args.model !== name) continue;
    const samples: number[] = [];
    for (let i = 0; i < Number(args.n) + 1; i++) {
      const t0 = performance.now();
      await work();
      if (i > 0) samples.push(performance.now() - t0);
    }
    console.log(`${name.padEnd(10)} ${JSON.stringify(stats(samples))}`);
  }
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
