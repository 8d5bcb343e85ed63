// CLI: npm run db:copy -- --from URL --to URL — copies a whole database into an empty one (SQLite ⇄ PostgreSQL) and
// checks row counts and the goal report on both sides. Exit 0 copied, 1 refused or failed (nothing kept), 2 bad arguments.
import fs from "node:fs";
import { parseArgs } from "node:util";
import type { Kysely } from "kysely";
import { z } from "zod";
import { CopyMismatch, CopyRefused, copyDatabase } from "../db/copy";
import { createDb, databaseName, isPostgresUrl, sqlitePathFromUrl } from "../db/create-db";
import type { Database } from "../db/schema";
import { currentYear } from "../app/domain/report-year";
import { loadGoalReport } from "../app/models/goals.server";
import { printable, processIo, runWhenScript, type CliIo } from "./cli-io";

export const USAGE = `Användning: npm run db:copy -- --from URL --to URL
  Kopierar hela databasen --from till --to, som migreras först och måste vara tom, i en transaktion.
  URL är file:SÖKVÄG (SQLite) eller postgres://användare:lösenord@värd:port/databas. Stoppa servern först.
  Exempel: npm run db:copy -- --from file:./data/levande.db --to postgres://levande@localhost/levande`;

const databaseUrl = z
  .string()
  .refine((url) => !/[\u0000-\u001f\u007f-\u009f]/.test(url), { message: "innehåller ett kontrolltecken", abort: true })
  .refine((url) => (isPostgresUrl(url) ? URL.canParse(url) : url.startsWith("file:") && url.length > "file:".length), "ska vara file:SÖKVÄG eller postgres://…")
  .refine((url) => isPostgresUrl(url) || sqlitePathFromUrl(url) !== ":memory:", "kan inte vara en databas i minnet");

/** An option given once: a second --from is refused rather than one of them silently winning. */
const once = z
  .array(z.string(), { error: "saknas" })
  .refine((values) => values.length === 1, "angiven mer än en gång")
  .transform((values) => values[0])
  .pipe(databaseUrl);

const argsSchema = z
  .object({ from: once, to: once })
  // Runs after a field failed too (zod goes on past a non-aborting issue), when from or to may still be the list.
  .refine(({ from, to }) => typeof from !== "string" || typeof to !== "string" || databaseName(from) !== databaseName(to), {
    message: "--from och --to är samma databas",
    path: ["to"],
  });

type Parsed = { help: true } | { help: false; from: string; to: string } | { error: string };

/** node:util's parse errors in Swedish, naming the argument printably. */
function argumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const named = /'([^']*)'/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `Okänt argument: ${printable(named)}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${printable(named.split(" ")[0])}: saknar värde`;
  return printable(message ?? String(error));
}

function parse(argv: string[]): Parsed {
  let values: { from?: string[]; to?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { from: { type: "string", multiple: true }, to: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
      strict: true,
    }));
  } catch (error) {
    return { error: argumentError(error) };
  }
  if (values.help) return { help: true };
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return { error: parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n") };
  return { help: false, ...parsed.data };
}

/** A connection error's message can be empty (Node's AggregateError when every address of localhost refused). */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message || String((error as { code?: unknown }).code ?? error.name);
}

/** The goal report (as GET /reports/goals.json and npm run report give it) for this year and last, alike on both sides. */
async function goalReportDifferences(source: Kysely<Database>, target: Kysely<Database>, now: Date): Promise<string[]> {
  const differences: string[] = [];
  const year = currentYear(now);
  for (const y of [year - 1, year]) {
    const [from, to] = [await loadGoalReport(source, y, now), await loadGoalReport(target, y, now)];
    const parts = Object.keys(from).filter((key) => JSON.stringify(from[key as keyof typeof from]) !== JSON.stringify(to[key as keyof typeof to]));
    if (parts.length > 0) differences.push(`Målrapporten för ${y} skiljer sig mellan källan och målet i: ${parts.join(", ")}.`);
  }
  return differences;
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const args = parse(argv);
  if ("error" in args) {
    io.err(`${args.error}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const [from, to] = [databaseName(args.from), databaseName(args.to)];
  // Opening a missing file would create an empty database in its place.
  if (!isPostgresUrl(args.from) && !fs.existsSync(sqlitePathFromUrl(args.from))) {
    io.err(`Källdatabasen ${from} finns inte; ingenting kopierades.`);
    return 1;
  }
  const started = performance.now();
  const now = new Date();
  const source = createDb(args.from);
  const target = createDb(args.to);
  try {
    io.out(`Kopierar ${from} till ${to} …`);
    const tables = await copyDatabase(source, target, { verify: (s, t) => goalReportDifferences(s, t, now) });
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
    io.out(`Klart: ${tables.length} tabeller och ${rows.toLocaleString("sv-SE")} rader kopierade på ${seconds} s.`);
    io.out(`Radantalen och målrapporten för ${currentYear(now) - 1} och ${currentYear(now)} är lika i båda. Starta servern med DATABASE_URL satt till målet.`);
    return 0;
  } catch (error) {
    if (error instanceof CopyRefused) io.err(error.message);
    else if (error instanceof CopyMismatch) io.err(`Kopian stämmer inte med källan och rullades tillbaka; målet har tabellerna men inga rader:\n${error.message}`);
    else io.err(`Kopieringen från ${from} till ${to} misslyckades; ingen rad skrevs till målet: ${messageOf(error)}`);
    return 1;
  } finally {
    await Promise.all([source.destroy(), target.destroy()]);
  }
}

runWhenScript(import.meta.url, main);
