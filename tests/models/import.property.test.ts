// Property: any text as a CSV file — mangled headers, stray quotes, separators, unicode, huge cells — is answered with
// counts or with line-numbered problems, never an exception; and a file with problems writes nothing.
import fc from "fast-check";
import { sql } from "kysely";
import { CONTACTS_COLUMNS, HISTORY_COLUMNS, UNIT_MUNICIPALITY_COLUMNS, PEOPLE_COLUMNS, REGION_COLUMNS } from "~/domain/csv-import/formats";
import { previewImport, runImport } from "~/models/import.server";
import { db } from "~/utils/db.server";
import { ensureMunicipality, insertCareUnit, insertPerson, insertUser } from "../../db/insert-rows";
import { everyRow } from "../setup/tables";


const cell = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("", "anna@example.se", "book", "peer|book", "completed", "declined", "2025-03-01", "2025-02-30", "2025-03-01T10:00", "25:00", '"', '""', ";", ",", "\r\n", "\uFEFF", "VC Nässjö", "=cmd|' /C calc'!A0", "besök", "Nässjö"),
  fc.string({ maxLength: 3 }).map((s) => s.repeat(5_000)),
);

function csvFile(columns: readonly string[]) {
  const header = fc.oneof(fc.constant([...columns]), fc.shuffledSubarray([...columns, "extra", "EMAIL", ""], { minLength: 1 }));
  return fc
    .tuple(header, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 6 }), fc.constantFrom(",", ";", "\t"), fc.constantFrom("\n", "\r\n"), fc.boolean())
    .map(([head, rows, separator, newline, bom]) => (bom ? "\uFEFF" : "") + [head, ...rows].map((r) => r.join(separator)).join(newline));
}

describe("any file at the importer", () => {
  it.each([
    { kind: "people", columns: PEOPLE_COLUMNS, createAreas: false },
    { kind: "people", columns: PEOPLE_COLUMNS, createAreas: true },
    { kind: "history", columns: [...HISTORY_COLUMNS, ...UNIT_MUNICIPALITY_COLUMNS], createAreas: false },
    { kind: "region", columns: REGION_COLUMNS, createAreas: false },
    { kind: "contacts", columns: [...CONTACTS_COLUMNS, ...UNIT_MUNICIPALITY_COLUMNS], createAreas: false },
  ] as const)("$kind (creating areas: $createAreas): a result or line-numbered problems, never an exception, and nothing written when refused", async ({ kind, columns, createAreas }) => {
    const nassjo = await ensureMunicipality(db(), "Nässjö", "Höglandet");
    await insertCareUnit(db(), { name: "VC Nässjö", municipality_id: nassjo.id });
    await insertPerson(db(), { email: "anna@example.se", roles: [{ role: "book" }, { role: "supporter" }] });
    const userId = await insertUser(db(), { role: "coordinator" });
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvFile(columns), fc.string({ unit: "binary", maxLength: 200 })), async (text) => {
        const preview = await previewImport(db(), kind, text, { createAreas });
        if (!preview.ok) {
          expect(preview.issues.length).toBeGreaterThan(0);
          for (const issue of preview.issues) expect(issue.line === null || (Number.isInteger(issue.line) && issue.line >= 1)).toBe(true);
        }
        const before = await everyRow(db());
        const result = await runImport(db(), kind, text, { actorUserId: userId, createAreas });
        expect(result.ok).toBe(preview.ok);
        if (!result.ok) expect(await everyRow(db())).toBe(before);
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
