// GET /reports/assignments.csv?year=YYYY: the year's completed assignments for payroll, ready for Swedish Excel.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/csv-export";
import { parseReportYear } from "~/domain/report-year";
import { translate, type MessageKey } from "~/i18n";
import { listPayrollRows } from "~/models/payroll.server";
import { requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const COLUMNS: MessageKey[] = [
  "goals.payroll.date", "goals.payroll.person", "goals.payroll.role", "goals.payroll.careUnit",
  "goals.payroll.hours", "goals.payroll.compensation", "goals.payroll.travel",
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "coordinator");
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(user.locale, key, params);
  const year = parseReportYear(new URL(request.url).searchParams.get("year"), new Date());
  if (!year.ok) return new Response(t(year.error), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const rows = await listPayrollRows(db(), year.year);
  const body = toCsv(
    COLUMNS.map((key) => t(key)),
    rows.map((r) => [r.date, r.person ?? t("privacy.anonymisedName", { id: r.personId }), t(`personRole.${r.role}`), r.careUnit, r.hours, r.compensationSek, r.travelKm]),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="levande-uppdrag-${year.year}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
