// `npm run user`: the operator's accounts CLI, called in-process through main(args), plus one run as a real child process.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { acceptInvite, getValidInvite } from "~/models/invites.server";
import { getValidPasswordReset } from "~/models/password-resets.server";
import { createSession, readSession } from "~/models/sessions.server";
import { db } from "~/utils/db.server";
import { main } from "../../scripts/user";
import { insertCareUnit, insertUser } from "../../db/insert-rows";
import { isPostgresUrl } from "../../db/create-db";
import { onServer } from "../../db/pg-admin";

const run = promisify(execFile);

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const users = () => db().selectFrom("users").select(["email", "name", "role", "care_unit_id", "disabled_at"]).orderBy("id").execute();
const tokenOf = (stdout: string, path: string) => {
  const match = stdout.match(new RegExp(`^http://localhost:3000/${path}/([\\w-]{40,})$`, "m"));
  if (!match) throw new Error(`no ${path} link in:\n${stdout}`);
  return match[1];
};

describe("npm run user -- add", () => {
  it("creates the first coordinator on an empty database and prints a one-time 72 h invite link built from APP_URL", async () => {
    const result = await cli("add", "coordinator", " Sara@Example.se ", "Sara Samordnare");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Samordnare Sara Samordnare <sara@example.se> är skapad");
    expect(result.stdout).toContain("gäller i 72 timmar");
    const token = tokenOf(result.stdout, "invite");
    expect(await users()).toEqual([{ email: "sara@example.se", name: "Sara Samordnare", role: "coordinator", care_unit_id: null, disabled_at: null }]);
    const invite = await db().selectFrom("invites").select(["created_by", "created_at", "expires_at"]).executeTakeFirstOrThrow();
    expect(Date.parse(invite.expires_at) - Date.parse(invite.created_at)).toBe(72 * 60 * 60 * 1000);
    expect(invite.created_by).toBeNull();
    expect(await db().selectFrom("outbox").select(["kind", "recipient_email"]).execute()).toEqual([{ kind: "invite", recipient_email: "sara@example.se" }]);
    expect(await db().selectFrom("audit_log").select(["actor_user_id", "action"]).execute()).toEqual([{ actor_user_id: null, action: "invite" }]);
    expect(await getValidInvite(db(), token)).toMatchObject({ email: "sara@example.se", role: "coordinator" });
    expect(await acceptInvite(db(), token, "scrypt$x")).not.toBeNull();
  });

  it("creates a care unit's user for a unit named exactly", async () => {
    const unit = await insertCareUnit(db(), { name: "Vårdcentralen Tranås" });
    const result = await cli("add", "requester", "rut@example.se", "Rut Enhet", "--unit", "Vårdcentralen Tranås");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Vårdenhet Rut Enhet <rut@example.se> är skapad");
    tokenOf(result.stdout, "invite");
    expect(await users()).toMatchObject([{ email: "rut@example.se", role: "requester", care_unit_id: unit }]);
    expect((await cli("add", "requester", "per@example.se", "Per", "--unit=Vårdcentralen Tranås")).code).toBe(0);
  });

  it("refuses an unknown unit with the names there are and where to find them, writing nothing", async () => {
    await insertCareUnit(db(), { name: "Vårdcentralen Tranås" });
    await insertCareUnit(db(), { name: "Habo vårdcentral" });
    const result = await cli("add", "requester", "rut@example.se", "Rut Enhet", "--unit", "vårdcentralen tranås");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Vårdenheten ”vårdcentralen tranås” finns inte");
    expect(result.stderr).toContain("/admin/units");
    expect(result.stderr).toContain("  Habo vårdcentral\n  Vårdcentralen Tranås");
    expect(await users()).toEqual([]);
  });

  it("says how to add units when there are none", async () => {
    const result = await cli("add", "requester", "rut@example.se", "Rut Enhet", "--unit", "VC X");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Det finns inga vårdenheter i databasen ännu");
  });

  it("refuses an e-mail that is taken with exit code 1, writing nothing", async () => {
    await insertUser(db(), { role: "coordinator", email: "sara@example.se", name: "Sara" });
    const result = await cli("add", "coordinator", "SARA@example.se", "Sara Igen");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Det finns redan en användare med e-postadressen sara@example.se");
    expect(await db().selectFrom("invites").select("id").execute()).toEqual([]);
    expect(await db().selectFrom("outbox").select("id").execute()).toEqual([]);
  });

  it.each([
    ["an address without @", ["add", "coordinator", "sara.example.se", "Sara"], "Ogiltig e-postadress ”sara.example.se”"],
    ["an empty name", ["add", "coordinator", "sara@example.se", "  "], "Ogiltigt namn: Fyll i"],
    ["a name of 121 characters", ["add", "coordinator", "sara@example.se", "x".repeat(121)], "Ogiltigt namn"],
  ])("refuses %s like the web form does, with exit code 2", async (_, args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await users()).toEqual([]);
  });
});

describe("npm run user -- disable", () => {
  it("disables the account and ends its sessions at once; a second time says so", async () => {
    const volunteer = await insertUser(db(), { role: "volunteer", email: "vera@example.se" });
    const session = await createSession(db(), volunteer);
    const result = await cli("disable", "Vera@example.se");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Kontot vera@example.se är avstängt. Avslutade sessioner: 1.");
    expect(await readSession(db(), session)).toEqual({ state: "none" });
    expect((await users())[0].disabled_at).not.toBeNull();
    expect((await cli("disable", "vera@example.se")).stdout).toContain("var redan avstängt");
  });

  it("an unknown e-mail is a failure", async () => {
    const result = await cli("disable", "ingen@example.se");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Det finns ingen användare med e-postadressen ingen@example.se");
  });
});

describe("npm run user -- reset", () => {
  it("prints a one-hour reset link for the user", async () => {
    await insertUser(db(), { role: "coordinator", email: "sara@example.se", passwordHash: "scrypt$x" });
    const result = await cli("reset", "sara@example.se");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("gäller i en timme");
    const token = tokenOf(result.stdout, "reset-password");
    expect(await getValidPasswordReset(db(), token)).toMatchObject({ email: "sara@example.se" });
    expect(await getValidPasswordReset(db(), token, new Date(Date.now() + 60 * 60 * 1000 + 1000))).toBeUndefined();
    expect(await db().selectFrom("audit_log").select(["actor_user_id", "action"]).execute()).toEqual([{ actor_user_id: null, action: "reset_link" }]);
  });

  it("refuses an unknown e-mail and a disabled account, writing nothing", async () => {
    await insertUser(db(), { role: "coordinator", email: "sara@example.se", disabled_at: new Date().toISOString() });
    expect((await cli("reset", "ingen@example.se")).code).toBe(1);
    const disabled = await cli("reset", "sara@example.se");
    expect(disabled.code).toBe(1);
    expect(disabled.stderr).toContain("är avstängt");
    expect(await db().selectFrom("password_resets").select("id").execute()).toEqual([]);
  });
});

describe("bad arguments", () => {
  it.each([
    [[]],
    [["frobnicate"]],
    [["add"]],
    [["add", "admin", "a@example.se", "A"]],
    [["add", "volunteer", "a@example.se", "A"]],
    [["add", "coordinator", "a@example.se"]],
    [["add", "coordinator", "a@example.se", "A", "extra"]],
    [["add", "coordinator", "a@example.se", "A", "--unit", "VC X"]],
    [["add", "requester", "a@example.se", "A"]],
    [["add", "requester", "a@example.se", "A", "--unit"]],
    [["add", "requester", "a@example.se", "A", "--unit", ""]],
    [["add", "coordinator", "a@example.se", "A", "--force"]],
    [["disable"]],
    [["reset", "a@example.se", "b@example.se"]],
  ])("%j: Swedish usage text on stderr, exit code 2, nothing written", async (args) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Användning:");
    expect(result.stderr).toContain('npm run user -- add coordinator E-POST "NAMN"');
    expect(await users()).toEqual([]);
  });
});

describe("as a child process", () => {
  it("runs through tsx with the environment's DATABASE_URL and APP_URL, also in production, and exits with its code", { timeout: 60_000 }, async () => {
    // As an operator's shell on the server would have it: production, but no session secret (only the server needs one).
    const env = { ...process.env, NODE_ENV: "production" as const, SESSION_SECRET: "", APP_URL: "https://levande.example.se/" };
    const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/user.ts", "add", "coordinator", "sara@example.se", "Sara"], { env, timeout: 60_000 });
    expect(stdout).toMatch(/^https:\/\/levande\.example\.se\/invite\/[\w-]{40,}$/m);
    expect(await users()).toMatchObject([{ email: "sara@example.se" }]);
    const failed = await run(process.execPath, ["--import", "tsx", "scripts/user.ts"], { env, timeout: 60_000 }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining("Användning:") });
  });
});

/** Runs the CLI with DATABASE_URL set to `url` for the call. */
async function cliOn(url: string, ...args: string[]) {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    return await cli(...args);
  } finally {
    process.env.DATABASE_URL = before;
  }
}

/** A database with no tables on this run's engine: an empty SQLite file, or an empty database beside this file's. */
async function withEmptyDatabase(run: (url: string) => Promise<void>) {
  const own = process.env.DATABASE_URL as string;
  if (isPostgresUrl(own)) {
    const url = new URL(own);
    const name = `${url.pathname.slice(1)}_empty`;
    url.pathname = `/${name}`;
    const server = process.env.TEST_DATABASE_URL as string;
    await onServer(server, (client) => client.query(`create database "${name}"`));
    try {
      await run(url.toString());
    } finally {
      await onServer(server, (client) => client.query(`drop database "${name}" with (force)`));
    }
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-user-cli-"));
  try {
    fs.writeFileSync(path.join(dir, "tom.db"), "");
    await run(`file:${path.join(dir, "tom.db")}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the database", () => {
  it("a missing database file is a failure, and no empty file is left behind", async () => {
    const missing = `/tmp/levande-user-cli-${process.pid}/finns-inte.db`;
    const result = await cliOn(`file:${missing}`, "disable", "sara@example.se");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Databasfilen ${missing} finns inte`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it("a database without tables is a failure that says to migrate", async () => {
    await withEmptyDatabase(async (url) => {
      const result = await cliOn(url, "add", "coordinator", "sara@example.se", "Sara");
      expect(result).toMatchObject({ code: 1, stdout: "", stderr: "Databasen saknar tabeller: kör npm run db:migrate först. Inget har sparats." });
    });
  });

  it("a PostgreSQL server that does not answer is a failure naming the database but not its password, without a stack trace", async () => {
    const result = await cliOn("postgres://levande:hemligt@127.0.0.1:1/levande", "reset", "sara@example.se");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Databasen 127\.0\.0\.1:1\/levande går inte att nå: .+\. Kontrollera DATABASE_URL och att databasservern är igång\. Inget har sparats\.$/);
    expect(result.stderr).not.toContain("hemligt");
  });
});
