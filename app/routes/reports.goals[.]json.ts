// GET /reports/goals.json?year=YYYY: the goal report object of DESIGN.md, for coordinators; the CLI prints the same.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseReportYear } from "~/domain/report-year";
import { translate } from "~/i18n";
import { loadGoalReport } from "~/models/goals.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const headers = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const year = parseReportYear(new URL(request.url).searchParams.get("year"), new Date());
  if (!year.ok) return new Response(JSON.stringify({ error: translate(user.locale, year.error) }), { status: 400, headers });
  return new Response(JSON.stringify(await loadGoalReport(db(), year.year)), { headers });
}
