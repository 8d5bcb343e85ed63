import { parseContactRows } from "~/domain/csv-import/contacts-rows";
import { contactKindFromWord } from "~/domain/csv-import/contact-kind-names";
import { headerText } from "~/domain/csv-import/formats";
import { readCsv, type CsvTable } from "~/domain/csv-import/read-csv";
import { translate } from "~/i18n";

const HEADER = "email,care_unit,contacted_on,kind";
/** 15 June 2026 at 23:30 in Stockholm: the local date is already the 16th. */
const NOW = new Date("2026-06-16T21:30:00Z");

function table(text: string): CsvTable {
  const read = readCsv(text);
  if ("issue" in read) throw new Error(`unexpected issue ${read.issue.key}`);
  return read.table;
}

const contacts = (header: string, ...rows: string[]) => parseContactRows(table([header, ...rows].join("\n")), NOW);

describe("contact kinds in an import file", () => {
  it.each([
    ["visit", "visit"],
    ["Besök", "visit"],
    ["Beso\u0308k", "visit"],
    ["möte", "meeting"],
    ["MEETING", "meeting"],
    ["telefon", "phone"],
    [" digitalt ", "digital"],
    ["annat", "other"],
    ["other", "other"],
  ])("%s is the kind %s", (word, kind) => {
    expect(contactKindFromWord(word)).toBe(kind);
  });

  it.each(["mejl", "", "besök;möte", "book"])("%j is not a kind", (word) => {
    expect(contactKindFromWord(word)).toBeNull();
  });
});

describe("contact rows", () => {
  it("reads good rows: e-mail lower-cased, unit names with single spaces, Swedish kinds, the optional municipality", () => {
    const { rows, issues } = contacts(
      `${HEADER},municipality`,
      "Sara@Example.se,Vårdcentralen   Nässjö,2026-06-16,besök,",
      'sara@example.se,"Barnmottagningen, Ryhov",2024-01-31,phone,Jönköping',
      "sara@example.se,VC Habo,2000-01-01,Digitalt, Habo ",
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, email: "sara@example.se", careUnit: "Vårdcentralen Nässjö", contactedOn: "2026-06-16", kind: "visit", municipality: null },
      { line: 3, email: "sara@example.se", careUnit: "Barnmottagningen, Ryhov", contactedOn: "2024-01-31", kind: "phone", municipality: "Jönköping" },
      { line: 4, email: "sara@example.se", careUnit: "VC Habo", contactedOn: "2000-01-01", kind: "digital", municipality: "Habo" },
    ]);
  });

  it("reads a file without the municipality column, in any column order", () => {
    const { rows, issues } = contacts("kind,contacted_on,care_unit,email", "meeting,2025-03-01,VC Habo,sara@example.se");
    expect(issues).toEqual([]);
    expect(rows).toMatchObject([{ careUnit: "VC Habo", kind: "meeting", municipality: null }]);
  });

  it("reads semicolons with a BOM and CRLF, as Swedish Excel saves it", () => {
    const { rows, issues } = parseContactRows(table(`\uFEFFemail;care_unit;contacted_on;kind;municipality\r\nsara@example.se;VC Habo;2025-03-01;annat;Habo\r\n`), NOW);
    expect(issues).toEqual([]);
    expect(rows).toMatchObject([{ line: 2, email: "sara@example.se", kind: "other", municipality: "Habo" }]);
  });

  it("reports every bad cell of every row with its line, column and value", () => {
    const { rows, issues } = contacts(
      `${HEADER},municipality`,
      "inte-en-adress,VC Habo,2025-03-01,visit,",
      "sara@example.se,,2025-03-01,visit,",
      "sara@example.se,1234,2025-03-01,visit,",
      "sara@example.se,VC Habo,2025-02-30,visit,",
      "sara@example.se,VC Habo,1/3/2025,visit,",
      "sara@example.se,VC Habo,2025-03-01,mejl,",
      "sara@example.se,VC Habo,2025-03-01,,",
      `sara@example.se,VC Habo,2025-03-01,visit,${"Å".repeat(81)}`,
      "sara@example.se,VC\u202eHabo,2025-03-01,visit,",
      "sara@example.se,VC Habo,2025-03-01,visit",
      ",,,,",
      "sara@example.se,VC Habo,2025-03-01,visit,,extra",
    );
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { line: 2, key: "imports.errors.email", vars: { column: "email", value: "inte-en-adress" } },
      { line: 3, key: "imports.errors.required", vars: { column: "care_unit", value: "" } },
      { line: 4, key: "imports.errors.careUnitName", vars: { column: "care_unit", value: "1234" } },
      { line: 5, key: "imports.errors.date", vars: { column: "contacted_on", value: "2025-02-30" } },
      { line: 6, key: "imports.errors.date", vars: { column: "contacted_on", value: "1/3/2025" } },
      { line: 7, key: "imports.errors.contactKind", vars: { column: "kind", value: "mejl" } },
      { line: 8, key: "imports.errors.contactKind", vars: { column: "kind", value: "" } },
      { line: 9, key: "imports.errors.tooLong", vars: { column: "municipality", value: `${"Å".repeat(59)}…` } },
      { line: 10, key: "imports.errors.controlCharacters", vars: { column: "care_unit", value: "VC\u202eHabo" } },
      { line: 11, key: "imports.errors.columnCount", vars: { expected: 5, found: 4 } },
      { line: 13, key: "imports.errors.columnCount", vars: { expected: 5, found: 6 } },
    ]);
  });

  it("refuses a contact in the future (tomorrow in Stockholm) or before 2000, and accepts today", () => {
    const { rows, issues } = contacts(HEADER, "sara@example.se,VC Habo,2026-06-17,visit", "sara@example.se,VC Habo,1999-12-31,visit", "sara@example.se,VC Habo,2026-06-16,visit");
    expect(issues).toEqual([
      { line: 2, key: "imports.errors.contactDate", vars: { column: "contacted_on", value: "2026-06-17" } },
      { line: 3, key: "imports.errors.contactDate", vars: { column: "contacted_on", value: "1999-12-31" } },
    ]);
    expect(rows.map((r) => r.line)).toEqual([4]);
    expect(translate("sv", issues[0].key, issues[0].vars)).toBe("contacted_on: ”2026-06-17” – en kontakt kan importeras från 2000-01-01 till och med i dag, inte i framtiden.");
  });

  it.each([
    ["email,care_unit,contacted_on", "imports.errors.missingColumns", { columns: "kind" }],
    ["email,care_unit,contacted_on,kind,municipality,note", "imports.errors.unknownColumns", { columns: "note" }],
    ["email,care_unit,contacted_on,kind,kind", "imports.errors.repeatedColumns", { columns: "kind" }],
    ["email,care_unit,contacted_on,kind,municipality,municipality", "imports.errors.repeatedColumns", { columns: "municipality" }],
    ["email,role,care_unit,offered_on,start,end,status", "imports.errors.missingColumns", { columns: "contacted_on, kind" }],
  ])("refuses the header %s at line 1 and reads no rows", (header, key, vars) => {
    const { rows, issues } = contacts(header, "sara@example.se,VC Habo,2025-03-01,visit,Habo,x,y");
    expect(rows).toEqual([]);
    expect(issues).toContainEqual({ line: 1, key, vars });
  });

  it("refuses a file whose header is repeated as a row, at that row", () => {
    const { issues } = contacts(HEADER, "sara@example.se,VC Habo,2025-03-01,visit", HEADER);
    expect(issues).toEqual([
      { line: 3, key: "imports.errors.email", vars: { column: "email", value: "email" } },
      { line: 3, key: "imports.errors.date", vars: { column: "contacted_on", value: "contacted_on" } },
      { line: 3, key: "imports.errors.contactKind", vars: { column: "kind", value: "kind" } },
    ]);
  });

  it("reads 10,000 rows quickly, keeping each row's line", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `s${i % 7}@example.se,VC ${i % 50},2025-0${1 + (i % 9)}-1${i % 10},${["visit", "möte", "telefon"][i % 3]}`);
    const started = performance.now();
    const { rows, issues } = contacts(HEADER, ...lines);
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toMatchObject({ line: 10_001, careUnit: "VC 49" });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("writes the optional column in brackets in the header the upload page shows", () => {
    expect(headerText("contacts")).toBe("email,care_unit,contacted_on,kind[,municipality]");
    expect(headerText("history")).toBe("email,role,care_unit,offered_on,start,end,status[,municipality]");
    expect(headerText("region")).toBe("care_area,municipality");
  });
});
