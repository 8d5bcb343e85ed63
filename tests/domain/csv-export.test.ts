// CSV for Swedish Excel: BOM, semicolons, decimal commas, quoting, and no cell Excel would run as a formula.
import { parse } from "csv-parse/sync";
import { BOM, formatCell, toCsv } from "~/domain/csv-export";

describe("formatCell", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+46 70 123", "'+46 70 123"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["Vårdcentralen Ryhov", "Vårdcentralen Ryhov"],
    ["Kvinnokliniken; Värnamo", "\"Kvinnokliniken; Värnamo\""],
    ["Två\nrader", "\"Två\nrader\""],
    ["a=b", "a=b"],
  ])("writes %j as %j", (cell, expected) => {
    expect(formatCell(cell)).toBe(expected);
  });

  it("writes numbers with a decimal comma and nothing for an empty value", () => {
    expect(formatCell(1.5)).toBe("1,5");
    expect(formatCell(1200)).toBe("1200");
    expect(formatCell(null)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, separates with semicolons, ends lines with CRLF and parses back to the same cells", () => {
    const text = toCsv(["Datum", "Vårdenhet", "Timmar"], [["2026-03-01", "Enhet; Öst", 1.5], ["2026-03-02", "=1+1", null]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain("Datum;Vårdenhet;Timmar\r\n");
    expect(parse(text.slice(1), { delimiter: ";" })).toEqual([
      ["Datum", "Vårdenhet", "Timmar"],
      ["2026-03-01", "Enhet; Öst", "1,5"],
      ["2026-03-02", "'=1+1", ""],
    ]);
  });
});
