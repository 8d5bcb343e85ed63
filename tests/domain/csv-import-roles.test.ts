import { parseHistoryRows } from "~/domain/csv-import/history-rows";
import { parsePeopleRows } from "~/domain/csv-import/people-rows";
import { readCsv, type CsvTable } from "~/domain/csv-import/read-csv";
import { personRoleFromWord, personRoleWords, roleFromWord, roleWords } from "~/domain/csv-import/role-names";
import { translate } from "~/i18n";
import { roleTitle } from "~/domain/csv-import/people-rows";
import { CARDLESS_TITLES, SUPPORTER_TITLE } from "~/domain/vocabulary";

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

  it.each(["böcker", "patientstödjare", "supporter", "", "bok;peer"])("%s is not a role a request can want", (word) => {
    expect(roleFromWord(word)).toBeNull();
  });

  it.each([
    ["supporter", "supporter"],
    ["Patientstödjare", "supporter"],
    ["patientsto\u0308djare", "supporter"],
    ["bok", "book"],
    ["storyteller", "storyteller"],
  ])("%s is the person role %s", (word, role) => {
    expect(personRoleFromWord(word)).toBe(role);
  });

  it("lists the supporter and the group starter among a person's roles but not among the roles a request can want", () => {
    expect(personRoleWords()).toBe("book (bok), peer, storyteller (berättare), supporter (patientstödjare), starter (igångsättare)");
    expect(roleWords()).toBe("book (bok), peer, storyteller (berättare)");
  });

  it("reads Swedish names in the people file's role list, each role once", () => {
    const { rows, issues } = parsePeopleRows(
      table(`${PEOPLE_HEADER}\nanna@example.se,Anna,bok;Berättare;book,Att leva med smärta,smärta,Jönköping,sv,2024-01-01,,2024-02-01\n`),
    );
    expect(issues).toEqual([]);
    expect(rows[0].roles).toEqual(["book", "storyteller"]);
  });

  it("reads the supporter role; a supporter-only row needs no title, and its role gets the supporter's title", () => {
    const { rows, issues } = parsePeopleRows(
      table(
        [
          PEOPLE_HEADER,
          "sara@example.se,Sara,patientstödjare,,,Jönköping,sv,2024-01-01,,",
          "tor@example.se,Tor,supporter;book,Att leva med MS,MS,,sv,2024-01-01,,",
          "uno@example.se,Uno,Supporter,Ignored,,,sv,2024-01-01,,",
        ].join("\n"),
      ),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.roles, r.title])).toEqual([[["supporter"], ""], [["supporter", "book"], "Att leva med MS"], [["supporter"], "Ignored"]]);
    expect(roleTitle("supporter", "Att leva med MS")).toBe(SUPPORTER_TITLE);
    expect(roleTitle("book", "Att leva med MS")).toBe("Att leva med MS");
  });

  it("reads the group starter role as `starter` or igångsättare; a starter has no card, so her role gets the starter's title", () => {
    const { rows, issues } = parsePeopleRows(
      table([PEOPLE_HEADER, "ida@example.se,Ida,igångsättare,,,Jönköping,sv,2024-01-01,,", "jon@example.se,Jon,starter;peer,Att vara anhörig,,,sv,2024-01-01,,"].join("\n")),
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.roles)).toEqual([["starter"], ["starter", "peer"]]);
    expect(roleTitle("starter", "Vad som helst")).toBe(CARDLESS_TITLES.starter);
  });

  it("still wants a card title of 3 characters when a supporter also has a role a request can want", () => {
    const { rows, issues } = parsePeopleRows(table(`${PEOPLE_HEADER}\ntor@example.se,Tor,supporter|peer,,,,sv,2024-01-01,,\nuno@example.se,Uno,bok,Ab,,,sv,2024-01-01,,\n`));
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      { line: 2, key: "imports.errors.titleShort", vars: { column: "title", value: "" } },
      { line: 3, key: "imports.errors.titleShort", vars: { column: "title", value: "Ab" } },
    ]);
  });

  it("names the supporter in the people file's role error, not in the history file's", () => {
    const { issues } = parsePeopleRows(table(`${PEOPLE_HEADER}\nsara@example.se,Sara,stödperson,,,,sv,2024-01-01,,\n`));
    expect(issues).toEqual([{ line: 2, key: "imports.errors.personRole", vars: { column: "roles", value: "stödperson" } }]);
    expect(translate("sv", issues[0].key, issues[0].vars)).toContain("supporter (patientstödjare)");
    expect(translate("sv", "imports.errors.role", { column: "role", value: "x" })).not.toContain("supporter");
  });

  it("reads a Swedish name in the history file's role column and names the accepted words when it is wrong", () => {
    const now = new Date("2026-06-15T10:00:00Z");
    const read = (role: string) => parseHistoryRows(table(`email,role,care_unit,offered_on,start,end,status\na@example.se,${role},VC Nässjö,2025-03-01,,,declined\n`), now);
    expect(read("berättare").rows[0].role).toBe("storyteller");
    expect(read("bibliotekarie").issues).toEqual([{ line: 2, key: "imports.errors.role", vars: { column: "role", value: "bibliotekarie" } }]);
    expect(read("patientstödjare").issues).toEqual([{ line: 2, key: "imports.errors.role", vars: { column: "role", value: "patientstödjare" } }]);
  });
});
