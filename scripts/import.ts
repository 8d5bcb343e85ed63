// CLI: imports the region, people, history or supporters' contacts from a CSV file (npm run import --
// region|people|history|contacts FILE.csv [--create-areas]), all or nothing. Exit codes: 0 imported, 1 the file was refused (nothing written), 2 bad arguments.
import fs from "node:fs";
import { createDb } from "../db/create-db";
import { COUNT_LABELS } from "../app/domain/csv-import/formats";
import { decodeCsv } from "../app/domain/csv-import/decode";
import { parseImportArgs } from "../app/domain/csv-import/import-args";
import { translate, type MessageKey } from "../app/i18n";
import "../app/i18n/staff";
import { runImport } from "../app/models/import.server";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate("sv", key, vars);

export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed.action === "help") {
    io.out(t("imports.cli.usage"));
    return 0;
  }
  if (parsed.action === "usage") {
    if (parsed.problem) io.err(t(parsed.problem.key, "vars" in parsed.problem ? parsed.problem.vars : undefined));
    io.err(t("imports.cli.usage"));
    return 2;
  }
  const { kind, file, createAreas } = parsed;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    io.err(t("imports.cli.unreadable", { file }));
    return 2;
  }
  const text = decodeCsv(bytes);
  if (text === null) {
    io.err(t("imports.errors.notUtf8"));
    return 1;
  }
  const db = createDb(databaseUrl(io.env));
  try {
    const result = await runImport(db, kind, text, { actorUserId: null, createAreas });
    if (!result.ok) {
      io.err(t("imports.cli.failed", { file, count: result.issues.length }));
      for (const issue of result.issues) {
        const message = t(issue.key, issue.vars);
        io.err(issue.line === null ? message : t("imports.cli.line", { line: issue.line, message }));
      }
      return 1;
    }
    io.out(t("imports.cli.done", { file, kind: t(`imports.kind.${kind}`) }));
    for (const [field, key] of COUNT_LABELS[kind]) io.out(`  ${t(key)}: ${result.counts[field]}`);
    if (result.newAreas.length) io.out([`${t("imports.newAreasTitle")}:`, ...result.newAreas.map((name) => `  - ${name}`)].join("\n"));
    if (result.moved.length) io.out([`${t("imports.count.moved")}:`, ...result.moved.map((m) => `  - ${t("imports.movedItem", { ...m })}`)].join("\n"));
    return 0;
  } catch (error) {
    io.err(`Importen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.destroy();
  }
}

runWhenScript(import.meta.url, main);
