import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { readCsv, type CsvTable } from "~/domain/csv-import/read-csv";
import { roleFromWord } from "~/domain/csv-import/role-names";

function table(text: string): CsvTable {
  const read = readCsv(text);
  if ("issue" in read) throw new Error(`unexpected issue ${read.issue.key}`);
  return read.table;
}

const PEOPLE_HEADER = "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on";

describe("role names in an import file", () => {
  it.each([
    ["book", "book"],
    ["Bok", "book"],
    ["peer", "peer"],
    ["PEER", "peer"],
    ["berättare", "storyteller"],
    ["Bera\u0308ttare", "storyteller"],
    ["storyteller", "storyteller"],
    [" bok ", "book"],
  ])("%s is the role %s", (word, role) => {
    expect(roleFromWord(word)).toBe(role);
  });

  it.each(["böcker", "patientstödjare", "", "bok;peer"])("%s is not a role", (word) => {
    expect(roleFromWord(word)).toBeNull();
  });

  it("reads Swedish names in the people file's role list, each role once", () => {
    const { rows, issues } = parsePeopleRows(
      table(`${PEOPLE_HEADER}\nanna@example.se,Anna,bok;Berättare;book,Att leva med smärta,smärta,Jönköping,sv,2024-01-01,,2024-02-01\n`),
    );
    expect(issues).toEqual([]);
    expect(rows[0].roles).toEqual(["book", "storyteller"]);
  });

  it("reads a Swedish name in the history file's role column and names the accepted words when it is wrong", () => {
    const now = new Date("2026-06-15T10:00:00Z");
    const read = (role: string) => parseHistoryRows(table(`email,role,care_unit,offered_on,start,end,status\na@example.se,${role},VC Nässjö,2025-03-01,,,declined\n`), now);
    expect(read("berättare").rows[0].role).toBe("storyteller");
    expect(read("bibliotekarie").issues).toEqual([{ line: 2, key: "imports.errors.role", vars: { column: "role", value: "bibliotekarie" } }]);
  });
});
