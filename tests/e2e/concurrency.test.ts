// Two production servers on one SQLite file, 50 volunteers' clients accepting overlapping offers at the same moment.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { acceptAllAtOnce, expectOneAssignmentEach, volunteersWithOverlappingOffers } from "./overlapping-offers";
import { startServer, type RunningServer } from "./server";

let dir: string;
let db: Kysely<Database>;
let servers: RunningServer[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-concurrency-"));
  const file = path.join(dir, "levande.db");
  servers = [await startServer({ databaseFile: file })];
  servers.push(await startServer({ databaseFile: file }));
  db = createDb(`file:${file}`);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("two server processes on one database", () => {
  it("gives each volunteer exactly one assignment when 50 clients accept overlapping offers at once, and no error reaches anyone", async () => {
    const answers = await acceptAllAtOnce(servers, await volunteersWithOverlappingOffers(db));
    await expectOneAssignmentEach(db, answers);
    for (const server of servers) expect(server.output()).not.toMatch(/SQLITE_BUSY/);
  });
});
