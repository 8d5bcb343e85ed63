// CLI for the operator: `npm run user -- add coordinator|requester …`, `disable EMAIL`, `reset EMAIL`. Exit 0 done, 1 failed (nothing written), 2 bad arguments.
import crypto from "node:crypto";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { createDb, databaseName, isPostgresUrl, sqlitePathFromUrl } from "../db/create-db";
import type { Database } from "../db/schema";
import { translate, type MessageKey } from "../app/i18n";
import "../app/i18n/staff";
import { disableAccount, issueResetLink } from "../app/models/accounts.server";
import { inviteUser } from "../app/models/invites.server";
import { getUserByEmail } from "../app/models/users.server";
import { env } from "../app/utils/env.server";
import { emailField, requiredText } from "../app/domain/fields";
import { formatDateTime } from "../app/domain/format";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };
const t = (key: MessageKey, vars?: Record<string, string | number>) => translate("sv", key, vars);
const when = (iso: string) => formatDateTime(iso, "sv");
const UNITS_LISTED = 20;

type Command =
  | { kind: "add"; role: "coordinator" | "requester"; email: string; name: string; unit: string | null }
  | { kind: "disable" | "reset"; email: string };

class BadArguments extends Error {}

function parseArgs(args: string[]): Command {
  const positional: string[] = [];
  let unit: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--unit") unit = args[++i] ?? "";
    else if (arg.startsWith("--unit=")) unit = arg.slice("--unit=".length);
    else if (arg.startsWith("--")) throw new BadArguments();
    else positional.push(arg);
  }
  const [verb, ...rest] = positional;
  if (verb === "add" && rest.length === 3 && (rest[0] === "coordinator" || rest[0] === "requester")) {
    const [role, email, name] = rest as ["coordinator" | "requester", string, string];
    if ((role === "requester") !== (unit !== null) || unit?.trim() === "") throw new BadArguments();
    return { kind: "add", role, email, name, unit };
  }
  if ((verb === "disable" || verb === "reset") && rest.length === 1 && unit === null) return { kind: verb, email: rest[0] };
  throw new BadArguments();
}

/** The web form's own field rules, so the CLI accepts exactly what /admin/users accepts. */
function check<T>(schema: z.ZodType<T>, value: string, problem: (message: string) => string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new BadArguments(problem(t(parsed.error.issues[0].message as MessageKey)));
}

async function add(db: Kysely<Database>, command: Extract<Command, { kind: "add" }>, io: Io): Promise<number> {
  const email = check(emailField(), command.email, (message) => t("userCli.badEmail", { value: command.email, message }));
  const name = check(requiredText(120), command.name, (message) => t("userCli.badName", { message }));
  let careUnitId: number | null = null;
  if (command.unit !== null) {
    const units = await db.selectFrom("care_units").select(["id", "name"]).orderBy("name").execute();
    const unit = units.find((u) => u.name === command.unit);
    if (!unit) {
      io.err(t("userCli.unitNotFound", { unit: command.unit }));
      if (units.length === 0) io.err(t("userCli.noUnits"));
      else {
        io.err(t("userCli.unitList", { count: units.length }));
        for (const u of units.slice(0, UNITS_LISTED)) io.err(`  ${u.name}`);
        if (units.length > UNITS_LISTED) io.err(`  ${t("userCli.more", { count: units.length - UNITS_LISTED })}`);
      }
      return 1;
    }
    careUnitId = unit.id;
  }
  const result = await inviteUser(db, { email, name, role: command.role, careUnitId, personId: null, invitedBy: null });
  if ("error" in result) {
    io.err(result.field === "email" ? t("userCli.emailTaken", { email: email.toLowerCase() }) : t(result.error));
    return 1;
  }
  io.out(t("userCli.invited", { role: t(`role.${command.role}`), name, email: email.toLowerCase(), expires: when(result.expiresAt) }));
  io.out(`${env().APP_URL}/invite/${result.token}`);
  io.out(t("userCli.invitedMail"));
  return 0;
}

async function disableOrReset(db: Kysely<Database>, command: Extract<Command, { kind: "disable" | "reset" }>, io: Io): Promise<number> {
  const user = await getUserByEmail(db, command.email);
  if (!user) {
    io.err(t("userCli.unknownEmail", { email: command.email.trim().toLowerCase() }));
    return 1;
  }
  if (command.kind === "disable") {
    const result = await disableAccount(db, { userId: user.id, actorUserId: null });
    if (!result.ok) throw new Error(result.reason);
    io.out(t(user.disabled_at ? "userCli.alreadyDisabled" : "userCli.disabled", { email: user.email, count: result.sessionsEnded }));
    return 0;
  }
  const reset = await issueResetLink(db, { userId: user.id, actorUserId: null });
  if (!reset.ok) {
    io.err(t(reset.reason === "disabled" ? "userCli.resetDisabled" : "userCli.unknownEmail", { email: user.email }));
    return 1;
  }
  io.out(t("userCli.reset", { email: user.email, expires: when(reset.expiresAt) }));
  io.out(`${env().APP_URL}/reset-password/${reset.token}`);
  return 0;
}

export async function main(args: string[], io: Io = consoleIo): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(args);
    // The CLI signs no cookies: production's demand for SESSION_SECRET is the server's, not the operator's shell's.
    if (process.env.NODE_ENV === "production" && !process.env.SESSION_SECRET) process.env.SESSION_SECRET = crypto.randomBytes(32).toString("hex");
    // The links point where the server's e-mails point; a bad setting stops here, before anything is written.
    env();
  } catch (error) {
    if (!(error instanceof BadArguments)) {
      io.err(t("userCli.failed", { message: error instanceof Error ? error.message : String(error) }));
      return 1;
    }
    io.err(t("userCli.usage"));
    return 2;
  }
  const url = process.env.DATABASE_URL || "file:./data/levande.db";
  // Opening a missing file would create an empty database in the wrong place.
  const file = isPostgresUrl(url) ? null : sqlitePathFromUrl(url);
  if (file && file !== ":memory:" && !fs.existsSync(file)) {
    io.err(t("userCli.noDatabase", { file }));
    return 1;
  }
  const db = createDb(url);
  try {
    const problem = await unready(db, url);
    if (problem) {
      io.err(problem);
      return 1;
    }
    return command.kind === "add" ? await add(db, command, io) : await disableOrReset(db, command, io);
  } catch (error) {
    if (error instanceof BadArguments) {
      io.err(error.message);
      return 2;
    }
    const message = messageOf(error);
    io.err(/no such table|^relation ".+" does not exist$/.test(message) ? t("userCli.notMigrated") : t("userCli.failed", { message }));
    return 1;
  } finally {
    await db.destroy();
  }
}

/** A connection error's message can be empty (Node's AggregateError when every address of localhost refused). */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message || String((error as { code?: unknown }).code ?? error.name);
}

/** Why the database cannot take the command, before anything is written: it does not answer, or it has no tables yet. */
async function unready(db: Kysely<Database>, url: string): Promise<string | null> {
  try {
    const tables = await db.introspection.getTables();
    return tables.some((table) => table.name === "users") ? null : t("userCli.notMigrated");
  } catch (error) {
    return t("userCli.unreachable", { database: databaseName(url), message: messageOf(error) });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
