// How an experience area is named: its English name on English pages when it has one, otherwise its Swedish name, marked as Swedish.

/** An experience area's names as stored: the Swedish one always, the English one when a coordinator gave it. */
export interface AreaNames {
  name: string;
  nameEn: string | null;
}

/** The text to show and, when it is Swedish inside an English page, the language to mark it with (WCAG 3.1.2). */
export interface AreaLabel {
  text: string;
  lang?: "sv";
}

export function areaLabel(area: AreaNames, locale: "sv" | "en"): AreaLabel {
  if (locale === "sv") return { text: capitalize(area.name, "sv-SE") };
  if (area.nameEn) return { text: capitalize(area.nameEn, "en-GB") };
  return { text: capitalize(area.name, "sv-SE"), lang: "sv" };
}

/** Every name an area is known by, for free-text search: "anxiety" finds the area "ångest och depression". */
export function areaSearchNames(area: AreaNames): string[] {
  return area.nameEn ? [area.name, area.nameEn] : [area.name];
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
