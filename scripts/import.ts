// CLI: imports people or history from a CSV file (npm run import -- people FILE.csv | history FILE.csv), all or nothing.
import fs from "node:fs";
import { createDb } from "../db/create-db";
import { COUNT_LABELS, isImportKind } from "../app/domain/csv-import/formats";
import { decodeCsv } from "../app/domain/csv-import/decode";
import { translate, type MessageKey } from "../app/i18n";
import { runImport } from "../app/models/import.server";

const url = process.env.DATABASE_URL || "file:./data/levande.db";
const t = (key: MessageKey, vars?: Record<string, string | number>) => translate("sv", key, vars);

async function main(args: string[]): Promise<number> {
  const [kind, file, ...rest] = args;
  if (!isImportKind(kind) || !file || rest.length > 0) {
    console.error(t("imports.cli.usage"));
    return 2;
  }
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
    const result = await runImport(db, kind, text, { actorUserId: null });
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
