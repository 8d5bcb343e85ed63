// The catalogue's URL filters and the pure rules for which public cards match them, in a stable order.
import { z } from "zod";
import { areaSearchNames, type AreaNames } from "./area-names";
import type { DayPart } from "./availability";
import { foldSwedish, matchesTerms, queryTerms } from "./search";
import { LANGUAGES, FORMATS, ROLES, type Format, type Role } from "./vocabulary";

/** One person's public card for one role: only what care units may see, never who the person is. */
export interface CatalogueEntry {
  personId: number;
  role: Role;
  title: string;
  presentation: string;
  experience: readonly ({ id: number } & AreaNames)[];
  formats: readonly Format[];
  languages: readonly string[];
  serves: { careAreaIds: readonly number[]; municipalityIds: readonly number[]; careAreaNames: readonly string[]; municipalityNames: readonly string[] };
  servesDigital: boolean;
  hints: readonly { weekday: number; part: DayPart }[];
}

export interface CatalogueLookups {
  experienceAreas: readonly ({ id: number } & AreaNames)[];
  careAreas: readonly { id: number; name: string; municipalities: readonly { id: number; name: string }[] }[];
}

export const QUERY_MAX = 100;
/** Cards per page: a screenful or two on a phone, and a page the server renders at half the sign-in page's rate (issue N). */
export const PAGE_SIZE = 24;
/**
 * A region's place list (a few dozen municipalities) is shown whole; a longer one (the national catalogue's 290) lists
 * the care areas, and only the chosen care area's municipalities: a choice of area narrows the list, also without
 * JavaScript. The whole list was 23 kB of every catalogue page's markup and its data again for hydration.
 */
export const PLACE_LIST_WHOLE_MAX = 60;

/** Each filter falls back to "not set" on a bad value: a mangled shared link still shows a catalogue, never an error. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const id = () => z.string().regex(/^\d{1,9}$/).transform(Number).refine((n) => n > 0);

const catalogueFiltersSchema = () =>
  z.object({
    role: lenient(z.enum(ROLES)),
    area: lenient(id()),
    format: lenient(z.enum(FORMATS)),
    language: lenient(z.enum(LANGUAGES)),
    place: lenient(
      z
        .string()
        .regex(/^(area|municipality)-\d{1,9}$/)
        .transform((value) => {
          const [kind, n] = value.split("-");
          return { kind: kind as "area" | "municipality", id: Number(n) };
        }),
    ),
    digital: lenient(z.literal("1").transform(() => true as const)),
    // Truncated rather than refused, so a pasted paragraph still searches for its start.
    q: lenient(
      z
        .string()
        .transform((value) => value.slice(0, QUERY_MAX).replace(/\s+/g, " ").trim())
        .transform((value) => value || undefined),
    ),
    page: lenient(id()),
  });
let filtersSchema: ReturnType<typeof catalogueFiltersSchema> | undefined;

export type CatalogueFilters = z.infer<ReturnType<typeof catalogueFiltersSchema>>;

export function parseCatalogueFilters(params: URLSearchParams): CatalogueFilters {
  const first = (name: string) => params.get(name) ?? undefined;
  const parsed = (filtersSchema ??= catalogueFiltersSchema()).parse({
    role: first("role"),
    area: first("area"),
    format: first("format"),
    language: first("language"),
    place: first("place"),
    digital: first("digital"),
    q: first("q"),
    page: first("page"),
  });
  // Unset filters are left out rather than kept as undefined, so the object is exactly what applies.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as CatalogueFilters;
}

/** Drops ids the region's lists do not hold, so the form shows exactly the filters that were applied. */
export function knownFilters(filters: CatalogueFilters, lookups: CatalogueLookups): CatalogueFilters {
  const { area, place, ...rest } = filters;
  const areaKnown = area !== undefined && lookups.experienceAreas.some((a) => a.id === area);
  const placeKnown =
    place !== undefined &&
    (place.kind === "area"
      ? lookups.careAreas.some((a) => a.id === place.id)
      : lookups.careAreas.some((a) => a.municipalities.some((m) => m.id === place.id)));
  return { ...rest, ...(areaKnown ? { area } : {}), ...(placeKnown ? { place } : {}) };
}

/**
 * The care areas the place select lists, with the municipalities it shows (see PLACE_LIST_WHOLE_MAX); `narrowed` when
 * some are left out until their area is chosen (a care area may also have no municipalities of its own).
 */
export function placeChoices(
  careAreas: CatalogueLookups["careAreas"],
  place: CatalogueFilters["place"],
): { careAreas: CatalogueLookups["careAreas"]; narrowed: boolean } {
  const municipalities = careAreas.reduce((sum, area) => sum + area.municipalities.length, 0);
  if (municipalities <= PLACE_LIST_WHOLE_MAX) return { careAreas, narrowed: false };
  const chosen = (area: CatalogueLookups["careAreas"][number]) =>
    place !== undefined && (place.kind === "area" ? area.id === place.id : area.municipalities.some((m) => m.id === place.id));
  return { careAreas: careAreas.map((area) => (chosen(area) ? area : { ...area, municipalities: [] })), narrowed: true };
}

/** The value the place select uses for a parsed place filter. */
export function placeValue(place: CatalogueFilters["place"]): string {
  return place ? `${place.kind}-${place.id}` : "";
}

const collator = new Intl.Collator("sv-SE");

/** Cards matching every set filter, in the order given (loadCatalogue gives them sorted: see sortCards). */
export function filterCards<T extends CatalogueEntry>(cards: readonly T[], filters: CatalogueFilters, lookups: CatalogueLookups): T[] {
  const matchesPlace = placeMatcher(filters.place, lookups);
  const terms = filters.q ? queryTerms(filters.q) : [];
  return cards
    .filter(
      (card) =>
        (filters.role === undefined || card.role === filters.role) &&
        (filters.area === undefined || card.experience.some((e) => e.id === filters.area)) &&
        (filters.format === undefined || card.formats.includes(filters.format)) &&
        (filters.language === undefined || card.languages.includes(filters.language)) &&
        (filters.digital === undefined || card.servesDigital) &&
        matchesPlace(card) &&
        (terms.length === 0 || matchesTerms(foldSwedish([card.title, card.presentation, ...card.experience.flatMap(areaSearchNames)].join("\n")), terms)),
    )
    ;
}

/** The catalogue's order, once for all cards: by title (Swedish order), then person, then role. */
export function sortCards<T extends CatalogueEntry>(cards: readonly T[]): T[] {
  return [...cards].sort(compareCards);
}

/** The catalogue's order: by title, then person, then role. */
function compareCards(a: Pick<CatalogueEntry, "title" | "personId" | "role">, b: Pick<CatalogueEntry, "title" | "personId" | "role">): number {
  return collator.compare(a.title, b.title) || a.personId - b.personId || ROLES.indexOf(a.role) - ROLES.indexOf(b.role);
}

/**
 * Someone serving a whole care area comes to every municipality in it; someone serving one municipality
 * is a match for a search on its care area, since the unit may be in that very municipality.
 */
function placeMatcher(place: CatalogueFilters["place"], lookups: CatalogueLookups): (card: CatalogueEntry) => boolean {
  if (!place) return () => true;
  if (place.kind === "municipality") {
    const careArea = lookups.careAreas.find((a) => a.municipalities.some((m) => m.id === place.id));
    return (card) => card.serves.municipalityIds.includes(place.id) || (careArea !== undefined && card.serves.careAreaIds.includes(careArea.id));
  }
  const inArea = new Set(lookups.careAreas.find((a) => a.id === place.id)?.municipalities.map((m) => m.id) ?? []);
  return (card) => card.serves.careAreaIds.includes(place.id) || card.serves.municipalityIds.some((m) => inArea.has(m));
}

/** One page of the sorted cards; a page past the end shows the last page. */
export function pageOf<T>(cards: readonly T[], page = 1): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(cards.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { items: cards.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), page: current, pages };
}

/** The query string for the same filters on another page, so paging keeps what was chosen. */
export function filtersQuery(filters: CatalogueFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.area) params.set("area", String(filters.area));
  if (filters.format) params.set("format", filters.format);
  if (filters.language) params.set("language", filters.language);
  if (filters.place) params.set("place", placeValue(filters.place));
  if (filters.digital) params.set("digital", "1");
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
