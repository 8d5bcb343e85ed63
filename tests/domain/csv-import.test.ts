import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { cleanName, nameKey } from "~/domain/csv-import/names";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { parseRegionRows } from "~/domain/csv-import/region-rows";
import { decodeCsv } from "~/domain/csv-import/decode";
import { parseImportArgs } from "~/domain/csv-import/import-args";
import { detectDelimiter, readCsv, type CsvTable } from "~/domain/csv-import/read-csv";
import { translate } from "~/i18n";

const PEOPLE_HEADER = "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on";
const HISTORY_HEADER = "email,role,care_unit,offered_on,start,end,status";

function table(text: string): CsvTable {
  const read = readCsv(text);
  if ("issue" in read) throw new Error(`unexpected issue ${read.issue.key}`);
  return read.table;
}

const region = (...rows: string[]) => parseRegionRows(table(["care_area,municipality", ...rows].join("\n")));
const people = (...rows: string[]) => parsePeopleRows(table([PEOPLE_HEADER, ...rows].join("\n")));
/** History dates are checked against the year the import runs in: 2000-01-01 up to 31 December of the next year. */
const NOW = new Date("2026-06-15T10:00:00Z");
const history = (...rows: string[]) => parseHistoryRows(table([HISTORY_HEADER, ...rows].join("\n")), NOW);

describe("reading a CSV file", () => {
  it("strips a UTF-8 BOM so the first column is still email", () => {
    const t = table(`\uFEFF${HISTORY_HEADER}\na@example.se,peer,VC Nässjö,2024-03-01,,,declined\n`);
    expect(t.header[0]).toBe("email");
    expect(parseHistoryRows(t, NOW).issues).toEqual([]);
  });

  it("reads semicolons when the header line has them, as Swedish Excel writes", () => {
    expect(detectDelimiter("email;name;roles\na,b,c")).toBe(";");
    expect(detectDelimiter("email,name,roles\na;b;c")).toBe(",");
    expect(detectDelimiter('"a;b",c\n')).toBe(",");
    const t = table("email;name\nanna@example.se;Anna, Berg\n");
    expect(t.records).toEqual([{ line: 2, fields: ["anna@example.se", "Anna, Berg"] }]);
  });

  it("keeps separators, quotes and line breaks inside quoted fields", () => {
    const t = table('a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,row,here\n');
    expect(t.records).toEqual([
      { line: 2, fields: ["x, y", 'say "hi"', "two\nlines"] },
      { line: 4, fields: ["last", "row", "here"] },
    ]);
  });

  it("reads CRLF and counts physical lines, blank lines included", () => {
    const t = table("a,b\r\n1,2\r\n\r\n;;\r\n3,4\r\n,\r\n");
    expect(t.records).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: [";;"] },
      { line: 5, fields: ["3", "4"] },
    ]);
    expect(table('a,b\r\n"x\r\ny",2\r\n5,6').records.map((r) => r.line)).toEqual([2, 4]);
  });

  it("skips rows that are only separators (Excel's trailing empty rows)", () => {
    expect(table("a;b\n1;2\n;\n;\n").records).toEqual([{ line: 2, fields: ["1", "2"] }]);
  });

  it("keeps a stray quote in an unquoted field as text", () => {
    expect(table('a,b\nAnna "Nina" Berg,2\n').records[0].fields[0]).toBe('Anna "Nina" Berg');
  });

  it.each([
    ["", null, "imports.errors.emptyFile"],
    ["\uFEFF \n\n", null, "imports.errors.emptyFile"],
    ["email,name\n", null, "imports.errors.noRows"],
    ['a,b\n1,2\n3,"never closed\n4,5\n', 3, "imports.errors.quoteNotClosed"],
  ])("refuses %j as a whole", (text, line, key) => {
    expect(readCsv(text)).toEqual({ issue: { line, key } });
  });

  it("decodes UTF-8 and refuses Windows-1252 bytes", () => {
    expect(decodeCsv(new TextEncoder().encode("Nässjö"))).toBe("Nässjö");
    expect(decodeCsv(Uint8Array.from([0x4e, 0xe4, 0x73]))).toBeNull();
  });
});

describe("the header row", () => {
  it("accepts the columns in any order and any case", () => {
    const { rows, issues } = parseHistoryRows(table("STATUS,Email,role,care_unit,offered_on,start,end\ndeclined,a@example.se,book,VC Habo,2024-01-02,,\n"), NOW);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ email: "a@example.se", status: "declined" });
  });

  it("refuses missing, unknown and repeated columns at line 1, and reads no rows", () => {
    const { rows, issues } = parseHistoryRows(table("email,role,care_unit,offered_on,start,start,stat\nx,y,z,w,v,u,t\n"), NOW);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { line: 1, key: "imports.errors.missingColumns", vars: { columns: "end, status" } },
      { line: 1, key: "imports.errors.unknownColumns", vars: { columns: "stat" } },
      { line: 1, key: "imports.errors.repeatedColumns", vars: { columns: "start" } },
    ]);
  });

  it("reports a row with the wrong number of fields", () => {
    expect(history("a@example.se,book,VC Habo,2024-01-02,,declined").issues).toEqual([
      { line: 2, key: "imports.errors.columnCount", vars: { expected: 7, found: 6 } },
    ]);
  });
});

describe("people rows", () => {
  it("reads a full row: lists split on ; or |, e-mail lower-cased, empty dates null", () => {
    const { rows, issues } = people('ANNA@Example.se,Anna Berg,"book;peer",Att leva med smärta,"smärta|cancer",Nässjö,sv|EN,2023-02-01,,2023-03-01');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2, email: "anna@example.se", name: "Anna Berg", roles: ["book", "peer"], title: "Att leva med smärta", experience: ["smärta", "cancer"],
        municipality: "Nässjö", languages: ["sv", "en"], joinedOn: "2023-02-01", leftOn: null, trainedOn: "2023-03-01",
      },
    ]);
  });

  it.each([
    ["not-an-email,Anna,book,Titel,,,sv,2023-01-01,,", "email", "imports.errors.email"],
    [",Anna,book,Titel,,,sv,2023-01-01,,", "email", "imports.errors.required"],
    ["a@example.se,,book,Titel,,,sv,2023-01-01,,", "name", "imports.errors.required"],
    ["a@example.se,Anna,bibliotekarie,Titel,,,sv,2023-01-01,,", "roles", "imports.errors.personRole"],
    ["a@example.se,Anna,,Titel,,,sv,2023-01-01,,", "roles", "imports.errors.rolesRequired"],
    ["a@example.se,Anna,book,Ti,,,sv,2023-01-01,,", "title", "imports.errors.titleShort"],
    ["a@example.se,Anna,book,Titel,,,svenska,2023-01-01,,", "languages", "imports.errors.language"],
    ["a@example.se,Anna,book,Titel,,,sv,2023-02-30,,", "joined_on", "imports.errors.date"],
    ["a@example.se,Anna,book,Titel,,,sv,,,", "joined_on", "imports.errors.required"],
    ["a@example.se,Anna,book,Titel,,,sv,2023-01-01,1/2/2024,", "left_on", "imports.errors.date"],
    ["a@example.se,Anna,book,Titel,,,sv,2023-01-01,2022-12-31,", "left_on", "imports.errors.leftBeforeJoined"],
    ["a@example.se,Anna,book,Titel,,,sv,2023-01-01,,20230101", "trained_on", "imports.errors.date"],
  ])("%s → %s: %s", (row, column, key) => {
    const { rows, issues } = people(row);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, key, vars: { column } }]);
  });

  it("stores names and titles composed (NFC), so a decomposed Göran is the same Göran", () => {
    const { rows, issues } = people("g@example.se,Go\u0308ran A\u030Agren,book,Att leva med sma\u0308rta,,,sv,2023-01-01,,");
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ name: "Göran Ågren", title: "Att leva med smärta" });
  });

  it.each([
    ["name", "a@example.se,Anna\u202Egnp.exe,book,Titel,,,sv,2023-01-01,,"],
    ["name", "a@example.se,Anna\u0000Berg,book,Titel,,,sv,2023-01-01,,"],
    ["name", 'a@example.se,"Anna\nBerg",book,Titel,,,sv,2023-01-01,,'],
    ["title", "a@example.se,Anna,book,Titel \u001b[31mröd,,,sv,2023-01-01,,"],
    ["title", "a@example.se,Anna,book,Titel\u0007,,,sv,2023-01-01,,"],
    ["municipality", "a@example.se,Anna,book,Titel,,Nässjö\u2066,sv,2023-01-01,,"],
  ])("refuses control characters and bidi overrides in %s", (column, row) => {
    const { rows, issues } = people(row);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, key: "imports.errors.controlCharacters", vars: { column } }]);
  });

  it("reports every bad field of a row once, and a repeated e-mail against its first line", () => {
    const { issues } = people("bad,,book,Titel,,,sv,2023-13-01,,", "a@example.se,Anna,book,Titel,,,sv,2023-01-01,,", "A@example.se,Anna B,book,Titel,,,sv,2023-01-01,,");
    expect(issues).toEqual([
      { line: 2, key: "imports.errors.email", vars: { column: "email", value: "bad" } },
      { line: 2, key: "imports.errors.required", vars: { column: "name", value: "" } },
      { line: 2, key: "imports.errors.date", vars: { column: "joined_on", value: "2023-13-01" } },
      { line: 4, key: "imports.errors.duplicateEmail", vars: { email: "a@example.se", line: 3 } },
    ]);
  });

  it("gives each issue a Swedish and an English message", () => {
    const [issue] = people("a@example.se,Anna,book,Titel,,,sv,2023-02-30,,").issues;
    expect(translate("sv", issue.key, issue.vars)).toBe("joined_on: ”2023-02-30” är inget datum – skriv ÅÅÅÅ-MM-DD.");
    expect(translate("en", issue.key, issue.vars)).toBe("joined_on: “2023-02-30” is not a date – write YYYY-MM-DD.");
  });
});

describe("history rows", () => {
  it("turns local times into UTC instants, in winter and in summer", () => {
    const { rows, issues } = history(
      "Per@Example.se,peer,Vårdcentralen  Nässjö,2024-01-10,2024-01-15T13:00,2024-01-15T15:00,completed",
      "per@example.se,peer,VC Habo,2024-03-20,2024-03-31T10:00,2024-03-31 11:30,booked",
      "per@example.se,book,VC Habo,2024-06-01,,,expired",
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2, email: "per@example.se", role: "peer", careUnit: "Vårdcentralen Nässjö", status: "completed",
      offeredAt: "2024-01-10T08:00:00.000Z", startsAt: "2024-01-15T12:00:00.000Z", endsAt: "2024-01-15T14:00:00.000Z",
    });
    // 31 March 2024 is the spring-forward day: 10:00 is already summer time (UTC+2).
    expect(rows[1]).toMatchObject({ offeredAt: "2024-03-20T08:00:00.000Z", startsAt: "2024-03-31T08:00:00.000Z", endsAt: "2024-03-31T09:30:00.000Z" });
    expect(rows[2]).toMatchObject({ offeredAt: "2024-06-01T07:00:00.000Z", startsAt: null, endsAt: null, status: "expired" });
  });

  it("gives identical rows different fingerprints and equal rows written differently the same one", () => {
    const { rows } = history(
      "a@example.se,book,VC Habo,2024-01-10,,,declined",
      "a@example.se,book,VC Habo,2024-01-10,,,declined",
      "A@EXAMPLE.SE,BOOK,vc habo,2024-01-10,,,Declined",
    );
    expect(new Set(rows.map((r) => r.fingerprint)).size).toBe(3);
    const again = history("A@EXAMPLE.SE, Book ,VC  HABO,2024-01-10,,,declined").rows;
    expect(again[0].fingerprint).toBe(rows[0].fingerprint);
  });

  it.each([
    ["a@example.se,nurse,VC Habo,2024-01-10,,,declined", "role", "imports.errors.role"],
    ["a@example.se,book,,2024-01-10,,,declined", "care_unit", "imports.errors.required"],
    ["a@example.se,book,123,2024-01-10,,,declined", "care_unit", "imports.errors.careUnitName"],
    ["a@example.se,book,VC Habo,10/01/2024,,,declined", "offered_on", "imports.errors.date"],
    ["a@example.se,book,VC Habo,2024-01-10,,,accepted", "status", "imports.errors.status"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T25:00,2024-01-12T10:00,completed", "start", "imports.errors.dateTime"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12,2024-01-12T10:00,completed", "start", "imports.errors.dateTime"],
    ["a@example.se,book,VC Habo,2024-01-10,,,completed", "start", "imports.errors.timesRequired"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T09:00,,no_show", "end", "imports.errors.timesRequired"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T09:00,,declined", "end", "imports.errors.bothTimes"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T09:00,2024-01-12T09:00,booked", "end", "imports.errors.endBeforeStart"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T09:00,2024-01-12T08:00,booked", "end", "imports.errors.endBeforeStart"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T09:00,2024-01-12T09:10,booked", "end", "imports.errors.duration"],
    ["a@example.se,book,VC Habo,2024-01-10,2024-01-12T08:00,2024-01-12T17:00,booked", "end", "imports.errors.duration"],
    ["a@example.se,book,VC Habo,2024-01-13,2024-01-12T09:00,2024-01-12T10:00,cancelled", "offered_on", "imports.errors.offeredAfterStart"],
    ["a@example.se,book,VC \u001b[31mHabo,2024-01-10,,,declined", "care_unit", "imports.errors.controlCharacters"],
    ["a@example.se,book,VC Habo\u202E,2024-01-10,,,declined", "care_unit", "imports.errors.controlCharacters"],
    ["a@example.se,book,VC\u0000Habo,2024-01-10,,,declined", "care_unit", "imports.errors.controlCharacters"],
    ["a@example.se,book,VC Habo,1999-12-31,,,declined", "offered_on", "imports.errors.dateOutOfRange"],
    ["a@example.se,peer,VC Habo,1970-01-01,,,declined", "offered_on", "imports.errors.dateOutOfRange"],
    ["a@example.se,peer,VC Habo,2024-01-10,9999-12-31T10:00,2024-01-12T11:00,completed", "start", "imports.errors.dateOutOfRange"],
    ["a@example.se,peer,VC Habo,2027-12-20,2027-12-31T23:00,2028-01-01T00:30,booked", "end", "imports.errors.dateOutOfRange"],
    ["a@example.se,peer,VC Habo,2026-03-20,2026-03-29T02:30,2026-03-29T03:30,completed", "start", "imports.errors.timeSkipped"],
    ["a@example.se,peer,VC Habo,2026-03-20,2026-03-29T01:30,2026-03-29T02:15,completed", "end", "imports.errors.timeSkipped"],
  ])("%s → %s: %s", (row, column, key) => {
    const { rows, issues } = history(row);
    expect(rows).toEqual([]);
    expect(issues).toMatchObject([{ line: 2, key, vars: { column } }]);
  });

  it("refuses the completed assignments dated 1970-01-01 and 9999-12-31 that were imported before, every date of the row", () => {
    const { rows, issues } = history(
      "a@example.se,peer,VC Habo,1970-01-01,1970-01-01T10:00,1970-01-01T11:00,completed",
      "a@example.se,peer,VC Habo,2024-01-10,9999-12-31T10:00,9999-12-31T11:00,completed",
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.line, i.key, i.vars?.column])).toEqual([
      [2, "imports.errors.dateOutOfRange", "offered_on"],
      [2, "imports.errors.dateOutOfRange", "start"],
      [2, "imports.errors.dateOutOfRange", "end"],
      [3, "imports.errors.dateOutOfRange", "start"],
      [3, "imports.errors.dateOutOfRange", "end"],
    ]);
  });

  it("accepts 2000-01-01 up to 31 December of next year, and reads a repeated autumn time as its first occurrence, as the request form does", () => {
    const { rows, issues } = history(
      "a@example.se,book,VC Habo,2000-01-01,,,declined",
      "a@example.se,peer,VC Habo,2027-12-01,2027-12-31T10:00,2027-12-31T11:00,booked",
      "a@example.se,peer,VC Habo,2026-10-20,2026-10-25T02:30,2026-10-25T03:00,completed",
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.offeredAt, r.startsAt, r.endsAt])).toEqual([
      ["2000-01-01T08:00:00.000Z", null, null],
      ["2027-12-01T08:00:00.000Z", "2027-12-31T09:00:00.000Z", "2027-12-31T10:00:00.000Z"],
      // 02:30 happens twice that night: the first one is summer time (UTC+2), and 03:00 is winter time again.
      ["2026-10-20T07:00:00.000Z", "2026-10-25T00:30:00.000Z", "2026-10-25T02:00:00.000Z"],
    ]);
  });

  it("says in Swedish which row and why a date is refused", () => {
    const [skipped] = history("a@example.se,peer,VC Habo,2026-03-20,2026-03-29T02:30,2026-03-29T03:30,completed").issues;
    expect(translate("sv", skipped.key, skipped.vars)).toBe(
      "start: ”2026-03-29T02:30” finns inte – klockan ställs fram en timme till sommartid den natten. Välj en tid som finns.",
    );
    const [far] = history("a@example.se,peer,VC Habo,2024-01-10,9999-12-31T10:00,9999-12-31T11:00,completed").issues;
    expect(translate("sv", far.key, far.vars)).toBe("start: ”9999-12-31T10:00” – historik kan bara importeras från 2000-01-01 till och med 31 december nästa år.");
    expect(translate("en", far.key, far.vars)).toBe("start: “9999-12-31T10:00” – history can only be imported from 2000-01-01 up to 31 December next year.");
  });

  it("stores a care unit's name composed (NFC), so a decomposed name finds the unit", () => {
    const { rows } = history("a@example.se,book,Vårdcentralen Na\u0308ssjo\u0308,2024-01-10,,,declined");
    expect(rows[0].careUnit).toBe("Vårdcentralen Nässjö");
    expect(rows[0].fingerprint).toBe(history("a@example.se,book,Vårdcentralen Nässjö,2024-01-10,,,declined").rows[0].fingerprint);
  });
});

describe("region rows", () => {
  it("reads care areas and municipalities, cleaning up spaces and Unicode forms, and keeps a repeated pair once", () => {
    const decomposed = "Na\u0308ssjo\u0308";
    const { rows, issues } = region("Höglandet,  Nässjö ", `Höglandet,${decomposed}`, "Jönköping,Jönköping", "Södra  Vätterbygden,Habo");
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, careArea: "Höglandet", municipality: "Nässjö" },
      { line: 4, careArea: "Jönköping", municipality: "Jönköping" },
      { line: 5, careArea: "Södra Vätterbygden", municipality: "Habo" },
    ]);
  });

  it("reads semicolons with a BOM, as Swedish Excel saves it", () => {
    const { rows, issues } = parseRegionRows(table("\uFEFFcare_area;municipality\r\nHöglandet;Eksjö\r\n"));
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ line: 2, careArea: "Höglandet", municipality: "Eksjö" }]);
  });

  it("reports every bad row with its line: empty cells, long names, control characters, names without letters", () => {
    const { rows, issues } = region(
      ",Nässjö",
      "Höglandet,",
      `Höglandet,${"x".repeat(81)}`,
      "Höglandet,Eks\tjö",
      '"Hög\nlandet",Eksjö',
      "Höglandet,Aneby\u202E",
      "Höglandet,123",
      "Höglandet,Tranås",
    );
    expect(rows).toEqual([{ line: 10, careArea: "Höglandet", municipality: "Tranås" }]);
    expect(issues).toMatchObject([
      { line: 2, key: "imports.errors.required", vars: { column: "care_area" } },
      { line: 3, key: "imports.errors.required", vars: { column: "municipality" } },
      { line: 4, key: "imports.errors.tooLong", vars: { column: "municipality" } },
      { line: 5, key: "imports.errors.controlCharacters", vars: { column: "municipality" } },
      { line: 6, key: "imports.errors.controlCharacters", vars: { column: "care_area" } },
      { line: 8, key: "imports.errors.controlCharacters", vars: { column: "municipality" } },
      { line: 9, key: "imports.errors.nameLetters", vars: { column: "municipality" } },
    ]);
  });

  it("refuses a municipality listed again with another care area, naming the first line, whatever its case", () => {
    const { issues } = region("Höglandet,Nässjö", "Jönköping,Habo", "Jönköping,NÄSSJÖ", "höglandet,nässjö");
    expect(issues).toEqual([{ line: 4, key: "imports.errors.municipalityTwice", vars: { name: "NÄSSJÖ", line: 2, careArea: "Höglandet" } }]);
    expect(translate("sv", issues[0].key, issues[0].vars)).toBe("municipality: kommunen ”NÄSSJÖ” står redan på rad 2 med sjukvårdsområdet ”Höglandet”.");
  });

  it("refuses a file with the wrong header", () => {
    expect(parseRegionRows(table("area,municipality\nHöglandet,Nässjö\n")).issues).toMatchObject([
      { line: 1, key: "imports.errors.missingColumns", vars: { columns: "care_area" } },
      { line: 1, key: "imports.errors.unknownColumns", vars: { columns: "area" } },
    ]);
  });
});

describe("names as the imports compare them", () => {
  it.each([
    ["  Södra   Vätterbygden ", "Södra Vätterbygden"],
    ["Na\u0308ssjo\u0308", "Nässjö"],
    ["Smärta\u00A0och värk", "Smärta och värk"],
  ])("cleans %j to %j", (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it("matches names regardless of case, spacing and Unicode form, å, ä and ö included", () => {
    expect(nameKey(" ÅNGEST  och oro")).toBe(nameKey("ångest och oro"));
    expect(nameKey("A\u030Angest")).toBe(nameKey("Ångest"));
    expect(nameKey("Nässjö")).not.toBe(nameKey("Nassjo"));
  });
});

describe("the import command's arguments", () => {
  it.each([
    [["region", "r.csv"], { action: "import", kind: "region", file: "r.csv", createAreas: false }],
    [["people", "p.csv", "--create-areas"], { action: "import", kind: "people", file: "p.csv", createAreas: true }],
    [["people", "--create-areas", "p.csv"], { action: "import", kind: "people", file: "p.csv", createAreas: true }],
    [["--help"], { action: "help" }],
    [[], { action: "usage" }],
    [["history"], { action: "usage" }],
    [["people", "a.csv", "b.csv"], { action: "usage" }],
    [["users", "u.csv"], { action: "usage" }],
    [["people", "p.csv", "--dry-run"], { action: "usage", problem: { key: "imports.cli.unknownArgument", vars: { arg: "--dry-run" } } }],
    [["history", "h.csv", "--create-areas"], { action: "usage", problem: { key: "imports.cli.createAreasOnlyPeople" } }],
  ])("%j → %j", (args, expected) => {
    expect(parseImportArgs(args)).toEqual(expected);
  });
});
