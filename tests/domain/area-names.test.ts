import { areaLabel, areaSearchNames } from "~/domain/area-names";

const anxiety = { name: "ångest och depression", nameEn: "anxiety and depression" };
const relative = { name: "anhörig/närstående", nameEn: null };

describe("an experience area's name on a page", () => {
  it.each([
    ["Swedish page: the Swedish name, not marked", anxiety, "sv", { text: "Ångest och depression" }],
    ["Swedish page without an English name", relative, "sv", { text: "Anhörig/närstående" }],
    ["English page: the English name, not marked", anxiety, "en", { text: "Anxiety and depression" }],
    ["English page without an English name: the Swedish name, marked Swedish", relative, "en", { text: "Anhörig/närstående", lang: "sv" }],
    ["English page with an empty English name: the Swedish name, marked Swedish", { name: "smärta", nameEn: "" }, "en", { text: "Smärta", lang: "sv" }],
  ] as const)("%s", (_label, area, locale, expected) => {
    expect(areaLabel(area, locale)).toEqual(expected);
  });

  it("is searched by both its names", () => {
    expect(areaSearchNames(anxiety)).toEqual(["ångest och depression", "anxiety and depression"]);
    expect(areaSearchNames(relative)).toEqual(["anhörig/närstående"]);
  });
});
