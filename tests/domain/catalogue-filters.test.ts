import {
  filterCards,
  filtersQuery,
  knownFilters,
  pageOf,
  PAGE_SIZE,
  PLACE_LIST_WHOLE_MAX,
  parseCatalogueFilters,
  placeChoices,
  sortCards,
  type CatalogueEntry,
  type CatalogueFilters,
  type CatalogueLookups,
} from "~/domain/catalogue-filters";

// Jönköping (care area 1: municipalities 11 Jönköping, 12 Habo), Höglandet (care area 2: 21 Eksjö, 22 Tranås).
const lookups: CatalogueLookups = {
  experienceAreas: [
    { id: 1, name: "anhörig/närstående", nameEn: null },
    { id: 2, name: "ångest och depression", nameEn: "anxiety and depression" },
    { id: 3, name: "cancer", nameEn: "cancer" },
  ],
  careAreas: [
    { id: 1, name: "Jönköping", municipalities: [{ id: 11, name: "Jönköping" }, { id: 12, name: "Habo" }] },
    { id: 2, name: "Höglandet", municipalities: [{ id: 21, name: "Eksjö" }, { id: 22, name: "Tranås" }] },
  ],
};

function entry(personId: number, change: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    personId,
    role: "book",
    title: `Bok ${personId}`,
    presentation: "",
    experience: [],
    formats: ["lecture"],
    languages: ["sv"],
    serves: { careAreaIds: [], municipalityIds: [], careAreaNames: [], municipalityNames: [] },
    servesDigital: false,
    hints: [],
    ...change,
  };
}

const serves = (careAreaIds: number[], municipalityIds: number[]) => ({ careAreaIds, municipalityIds, careAreaNames: [], municipalityNames: [] });

const cards: CatalogueEntry[] = [
  entry(1, { title: "Att leva med ångest", experience: [{ id: 2, name: "ångest och depression", nameEn: "anxiety and depression" }], serves: serves([1], []) }),
  entry(2, { title: "Anhörig till en son med psykos", role: "peer", experience: [{ id: 1, name: "anhörig/närstående", nameEn: null }], serves: serves([], [21]), formats: ["workshop"] }),
  entry(3, { title: "Cancer som ung", presentation: "Om oro och ångest efter beskedet.", experience: [{ id: 3, name: "cancer", nameEn: "cancer" }], serves: serves([2], []), languages: ["sv", "en"], servesDigital: true }),
  entry(4, { title: "Berättelse om sorg", role: "storyteller", serves: serves([], [12]), servesDigital: true }),
  entry(5, { title: "Oro", experience: [{ id: 2, name: "ångest och depression", nameEn: "anxiety and depression" }], serves: serves([], []), servesDigital: true }),
];

const ids = (filters: CatalogueFilters) => filterCards(sortCards(cards), filters, lookups).map((c) => c.personId);

describe("filtering cards", () => {
  it.each([
    ["no filter: all, sorted by title in Swedish order", {}, [2, 1, 4, 3, 5]],
    ["role", { role: "peer" }, [2]],
    ["experience area", { area: 2 }, [1, 5]],
    ["format", { format: "workshop" }, [2]],
    ["language", { language: "en" }, [3]],
    ["digital", { digital: true }, [4, 3, 5]],
    ["municipality served directly", { place: { kind: "municipality", id: 21 } }, [2, 3]],
    ["municipality inside a whole care area served", { place: { kind: "municipality", id: 11 } }, [1]],
    ["municipality served directly, its care area not", { place: { kind: "municipality", id: 12 } }, [1, 4]],
    ["care area served whole", { place: { kind: "area", id: 2 } }, [2, 3]],
    ["care area with one of its municipalities served", { place: { kind: "area", id: 1 } }, [1, 4]],
    ["free text, folded, in titles, presentations and area names", { q: "ANGEST" }, [1, 3, 5]],
    ["free text in an experience area name", { q: "depression" }, [1, 5]],
    ["an English word of an area's English name", { q: "anxiety" }, [1, 5]],
    ["English words in any case and order", { q: "DEPRESSION Anxiety" }, [1, 5]],
    ["an English word no area's English name holds", { q: "relative" }, []],
    ["free text in the presentation", { q: "beskedet" }, [3]],
    ["free text without the Swedish letters", { q: "anhorig" }, [2]],
    ["every word must match", { q: "ångest cancer" }, [3]],
    ["filters combine", { digital: true, area: 2 }, [5]],
    ["nothing matches", { role: "peer", language: "en" }, []],
  ] as [string, CatalogueFilters, number[]][])("%s", (_label, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it("sorts equal titles by person, then by role, whatever the input order, and filtering keeps that order", () => {
    const same = [entry(9, { title: "Oro", role: "peer" }), entry(9, { title: "Oro" }), entry(6, { title: "oro" })];
    expect(sortCards(same).map((c) => `${c.personId}-${c.role}`)).toEqual(["6-book", "9-book", "9-peer"]);
    expect(sortCards([...same].reverse()).map((c) => `${c.personId}-${c.role}`)).toEqual(["6-book", "9-book", "9-peer"]);
    expect(filterCards(sortCards(same), { role: "book" }, lookups).map((c) => c.personId)).toEqual([6, 9]);
  });

  it("does not change the array it was given", () => {
    const copy = [...cards];
    filterCards(cards, { q: "ångest" }, lookups);
    expect(cards).toEqual(copy);
  });
});

describe("parsing the URL filters", () => {
  const parse = (query: string) => parseCatalogueFilters(new URLSearchParams(query));

  it("reads every filter", () => {
    expect(parse("role=storyteller&area=2&format=patient_meeting&language=sgn&place=municipality-21&digital=1&q=%C3%A5ngest&page=3")).toEqual({
      role: "storyteller",
      area: 2,
      format: "patient_meeting",
      language: "sgn",
      place: { kind: "municipality", id: 21 },
      digital: true,
      q: "ångest",
      page: 3,
    });
    expect(parse("place=area-1").place).toEqual({ kind: "area", id: 1 });
  });

  it.each([
    ["role=admin", "role"],
    ["area=abc", "area"],
    ["area=0", "area"],
    ["area=-3", "area"],
    ["area=1e3", "area"],
    ["area=99999999999", "area"],
    ["format=dance", "format"],
    ["language=xx", "language"],
    ["place=unit-1", "place"],
    ["place=area-", "place"],
    ["place=area-1-2", "place"],
    ["digital=on", "digital"],
    ["digital=0", "digital"],
    ["q=", "q"],
    ["q=%20%20%20", "q"],
    ["page=zero", "page"],
  ])("ignores %s", (query, field) => {
    expect(parse(query)[field as keyof CatalogueFilters]).toBeUndefined();
  });

  it("keeps the other filters when one is bad", () => {
    expect(parse("role=admin&format=workshop")).toEqual({ format: "workshop" });
  });

  it("truncates a long query to 100 characters and tidies its spaces", () => {
    expect(parse(`q=${"å".repeat(10_000)}`).q).toBe("å".repeat(100));
    expect(parse("q=%20att%20%20%20leva%20").q).toBe("att leva");
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parse("role=peer&role=book").role).toBe("peer");
  });

  it("drops area and place ids the region does not have", () => {
    expect(knownFilters({ area: 99, place: { kind: "area", id: 9 }, role: "book" }, lookups)).toEqual({ role: "book" });
    expect(knownFilters({ place: { kind: "municipality", id: 1 } }, lookups)).toEqual({});
    expect(knownFilters({ area: 3, place: { kind: "municipality", id: 22 } }, lookups)).toEqual({ area: 3, place: { kind: "municipality", id: 22 } });
  });

  it("writes the filters back as a shareable query that parses to the same filters", () => {
    const filters: CatalogueFilters = { q: "ångest och oro", role: "peer", area: 2, format: "lecture", language: "en", place: { kind: "area", id: 1 }, digital: true };
    const query = filtersQuery(filters, 2);
    expect(parse(query.slice(1))).toEqual({ ...filters, page: 2 });
    expect(filtersQuery({})).toBe("");
    expect(filtersQuery({ role: "book" }, 1)).toBe("?role=book");
  });
});

describe("paging", () => {
  const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i);

  it.each([
    [undefined, 1, 3, 0],
    [2, 2, 3, PAGE_SIZE],
    [3, 3, 3, PAGE_SIZE * 2],
    [99, 3, 3, PAGE_SIZE * 2],
  ])("page %s → page %s of %s starting at item %s", (asked, page, pages, first) => {
    const result = pageOf(many, asked);
    expect(result).toMatchObject({ page, pages });
    expect(result.items[0]).toBe(first);
  });

  it("has one empty page when nothing matches", () => {
    expect(pageOf([], 4)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe("the place list", () => {
  it("is shown whole for a region's few municipalities, also with a care area that has none of its own", () => {
    expect(placeChoices(lookups.careAreas, undefined)).toEqual({ careAreas: lookups.careAreas, narrowed: false });
    expect(placeChoices(lookups.careAreas, { kind: "municipality", id: 21 })).toEqual({ careAreas: lookups.careAreas, narrowed: false });
    const withEmpty = [...lookups.careAreas, { id: 3, name: "Länsövergripande", municipalities: [] }];
    expect(placeChoices(withEmpty, undefined)).toEqual({ careAreas: withEmpty, narrowed: false });
  });

  describe("for the national catalogue's hundreds of municipalities", () => {
    const national: CatalogueLookups["careAreas"] = Array.from({ length: 21 }, (_, a) => ({
      id: a + 1,
      name: `Område ${a + 1}`,
      municipalities: Array.from({ length: 14 }, (_, m) => ({ id: (a + 1) * 100 + m, name: `Kommun ${(a + 1) * 100 + m}` })),
    }));
    const shown = (choices: CatalogueLookups["careAreas"]) => choices.filter((a) => a.municipalities.length > 0).map((a) => a.id);

    it("lists every care area and no municipality until an area is chosen", () => {
      expect(national.reduce((n, a) => n + a.municipalities.length, 0)).toBeGreaterThan(PLACE_LIST_WHOLE_MAX);
      const { careAreas: choices, narrowed } = placeChoices(national, undefined);
      expect(narrowed).toBe(true);
      expect(choices.map((a) => a.id)).toEqual(national.map((a) => a.id));
      expect(shown(choices)).toEqual([]);
    });

    it("shows the chosen care area's municipalities, chosen as the area or as one of its municipalities", () => {
      expect(shown(placeChoices(national, { kind: "area", id: 7 }).careAreas)).toEqual([7]);
      expect(placeChoices(national, { kind: "area", id: 7 }).careAreas[6]).toEqual(national[6]);
      expect(shown(placeChoices(national, { kind: "municipality", id: 1203 }).careAreas)).toEqual([12]);
    });
  });
});
