// CLI: npm run report -- --year YYYY [--json] — the goal report from the same code as GET /reports/goals.json.
import { createDb } from "../db/create-db";
import { parseReportYear } from "../app/domain/report-year";
import { translate } from "../app/i18n";
import "../app/i18n/staff";
import { loadGoalReport } from "../app/models/goals.server";
import { goalSummary } from "../app/utils/goal-summary";
import { databaseUrl, processIo, runWhenScript, type CliIo } from "./cli-io";

const USAGE_EXIT = 2;
const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate("sv", key, vars);

function parseArgs(argv: string[]): { year: string | null; json: boolean } | { error: string } {
  let year: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--year") year = argv[++i] ?? "";
    else if (arg.startsWith("--year=")) year = arg.slice("--year=".length);
    else return { error: t("goals.cli.unknownArgument", { argument: arg }) };
  }
  return { year, json };
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  if ("error" in args) {
    io.err(`${args.error}\n${t("goals.cli.usage")}`);
    return USAGE_EXIT;
  }
  const year = parseReportYear(args.year, new Date());
  if (!year.ok) {
    io.err(`${t(year.error)}\n${t("goals.cli.usage")}`);
    return USAGE_EXIT;
  }
  try {
    const db = createDb(databaseUrl(io.env));
    try {
      const report = await loadGoalReport(db, year.year);
      io.out(args.json ? JSON.stringify(report, null, 2) : goalSummary(report, "sv"));
      return 0;
    } finally {
      await db.destroy();
    }
  } catch (error) {
    io.err(t("goals.cli.failed", { message: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}

runWhenScript(import.meta.url, main);
