// Issue I: thirty people signing in at once on a fresh production server get a sign-in, a refusal or "busy, try again", never an error, and the sign-in page still opens meanwhile.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import type { Database } from "../../db/schema";
import { hashPassword } from "~/utils/password.server";
import { insertUser } from "../../db/insert-rows";
import { startServer, type RunningServer } from "./server";

const PASSWORD = "skur-av-inloggningar-2026";
const RIGHT = 24;
const WRONG_PASSWORD = 3;
const UNKNOWN = 3;

let dir: string;
let db: Kysely<Database>;
let server: RunningServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-burst-"));
  const file = path.join(dir, "levande.db");
  server = await startServer({ databaseFile: file });
  db = createDb(`file:${file}`);
});

afterAll(async () => {
  await server?.stop();
  await db?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

function signIn(email: string, password: string) {
  return fetch(`${server.baseUrl}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { Origin: server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
}

describe("a burst of sign-ins on a fresh production server", () => {
  it("answers 30 at once with a sign-in, a refusal or 503 with Retry-After, and still serves the sign-in page", async () => {
    const hash = await hashPassword(PASSWORD);
    const emails: string[] = [];
    for (let i = 0; i < RIGHT + WRONG_PASSWORD; i++) {
      const email = `skur${i}@example.se`;
      await insertUser(db, { role: "coordinator", email, name: `Skur ${i}`, passwordHash: hash });
      emails.push(email);
    }
    const attempts = [
      ...emails.slice(0, RIGHT).map((email) => ({ email, password: PASSWORD, expected: [302, 503] })),
      ...emails.slice(RIGHT).map((email) => ({ email, password: "fel-lösenord-helt-enkelt", expected: [400, 503] })),
      ...Array.from({ length: UNKNOWN }, (_, i) => ({ email: `finns-inte${i}@example.se`, password: PASSWORD, expected: [400, 503] })),
    ];
    const answers = attempts.map(async (attempt) => {
      const response = await signIn(attempt.email, attempt.password);
      await response.arrayBuffer();
      return { ...attempt, status: response.status, retryAfter: response.headers.get("Retry-After") };
    });
    await new Promise((r) => setTimeout(r, 50));
    const page = await fetch(`${server.baseUrl}/login`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Logga in");

    const settled = await Promise.all(answers);
    for (const answer of settled) {
      expect(answer.expected, `${answer.email}: ${answer.status}`).toContain(answer.status);
      if (answer.status === 503) expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(settled.filter((a) => a.status === 302).length).toBeGreaterThan(0);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    // Those told to wait are not held to a failed attempt: trying again afterwards signs them in.
    for (const busy of settled.filter((a) => a.status === 503 && a.expected.includes(302))) {
      expect((await signIn(busy.email, PASSWORD)).status).toBe(302);
    }
  });
});
