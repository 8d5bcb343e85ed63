import { foldSwedish, matchesQuery, matchesTerms, queryTerms } from "~/domain/search";

describe("folding Swedish text", () => {
  it.each([
    ["Ångest", "angest"],
    ["ÄNGSLIG Över", "angslig over"],
    ["anhörig/närstående", "anhorig/narstaende"],
    ["Café Liégeois", "cafe liegeois"],
    ["Müller", "muller"],
    ["Søren Ærø", "soren aero"],
    ["  många \t  mellanslag\n ", "manga mellanslag"],
    ["hårt\u00a0mellanslag\toch tabb", "hart mellanslag och tabb"],
    ["", ""],
  ])("%j → %j", (text, folded) => {
    expect(foldSwedish(text)).toBe(folded);
  });
});

describe("query words", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["Ångest", ["angest"]],
    ["hjärt- och lungsjukdom", ["hjart", "och", "lungsjukdom"]],
    ["anhörig, närstående!", ["anhorig", "narstaende"]],
    ["<script>alert(1)</script>", ["script", "alert", "1", "script"]],
  ])("%j → %j", (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
});

describe("matching a query", () => {
  it.each([
    [["Att leva med ångest"], "ångest", true],
    [["Att leva med ångest"], "ÅNGEST", true],
    [["Att leva med ångest"], "angest", true],
    [["ångest och depression"], "Ångest", true],
    [["Anhörig till en son med psykos"], "anhörig", true],
    [["Anhörig till en son med psykos"], "anhorig", true],
    [["anhorig"], "anhörig", true],
    [["Anhörig till en son med psykos"], "psykos anhörig", true],
    [["Anhörig till en son med psykos"], "psykos cancer", false],
    [["Att leva med ångest", "Om vägen tillbaka"], "ångest vägen", true],
    [["Att leva med cancer"], "ångest", false],
    [["Smärta"], "smart", true],
    [["Att leva med bipolär sjukdom"], "", true],
    [[], "", true],
    [[], "ångest", false],
  ] as [string[], string, boolean][])("%j ~ %j → %s", (haystacks, query, expected) => {
    expect(matchesQuery(haystacks, query)).toBe(expected);
  });

  it("matches pre-folded text against pre-folded terms the same way", () => {
    expect(matchesTerms(foldSwedish("Anhörig till …"), queryTerms("ANHORIG"))).toBe(true);
    expect(matchesTerms(foldSwedish("Anhörig till …"), queryTerms("sorg"))).toBe(false);
  });
});
