// CLI: imports the region, people or history from a CSV file (npm run import -- region|people|history FILE.csv
// [--create-areas]), all or nothing. Exit codes: 0 imported, 1 the file was refused (nothing written), 2 bad arguments.
import fs from "node:fs";
import { createDb } from "../db/create-db";
import { COUNT_LABELS } from "../app/domain/csv-import/formats";
import { decodeCsv } from "../app/domain/csv-import/decode";
import { parseImportArgs } from "../app/domain/csv-import/import-args";
import { translate, type MessageKey } from "../app/i18n";
import { runImport } from "../app/models/import.server";

const url = process.env.DATABASE_URL || "file:./data/levande.db";
const t = (key: MessageKey, vars?: Record<string, string | number>) => translate("sv", key, vars);

async function main(args: string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  if (parsed.action === "help") {
    console.log(t("imports.cli.usage"));
    return 0;
  }
  if (parsed.action === "usage") {
    if (parsed.problem) console.error(t(parsed.problem.key, "vars" in parsed.problem ? parsed.problem.vars : undefined));
    console.error(t("imports.cli.usage"));
    return 2;
  }
  const { kind, file, createAreas } = parsed;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    console.error(t("imports.cli.unreadable", { file }));
    return 2;
  }
  const text = decodeCsv(bytes);
  if (text === null) {
    console.error(t("imports.errors.notUtf8"));
    return 1;
  }
  const db = createDb(url);
  try {
    const result = await runImport(db, kind, text, { actorUserId: null, createAreas });
    if (!result.ok) {
      console.error(t("imports.cli.failed", { file, count: result.issues.length }));
      for (const issue of result.issues) {
        const message = t(issue.key, issue.vars);
        console.error(issue.line === null ? message : t("imports.cli.line", { line: issue.line, message }));
      }
      return 1;
    }
    console.log(t("imports.cli.done", { file, kind: t(`imports.kind.${kind}`) }));
    for (const [field, key] of COUNT_LABELS[kind]) console.log(`  ${t(key)}: ${result.counts[field]}`);
    if (result.newAreas.length) console.log([`${t("imports.newAreasTitle")}:`, ...result.newAreas.map((name) => `  - ${name}`)].join("\n"));
    if (result.moved.length) console.log([`${t("imports.count.moved")}:`, ...result.moved.map((m) => `  - ${t("imports.movedItem", { ...m })}`)].join("\n"));
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Importen misslyckades: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
