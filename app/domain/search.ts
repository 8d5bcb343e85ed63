// Swedish-aware free-text search: case and diacritics folded so "anhorig" finds "Anhörig" and "ångest" finds "Ångest".

/** Letters that Unicode does not decompose into a base letter plus a combining mark. */
const UNDECOMPOSED: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/**
 * The diacritic blocks that NFD splits off Latin, Greek and Cyrillic letters. Narrower than \p{M} on purpose: it
 * leaves the vowel signs of other scripts alone, and a regex without the u flag is several times faster here.
 */
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/**
 * Lower-cases with Swedish rules, then strips the diacritics (å→a, ä→a, ö→o, é→e, ü→u …) and collapses
 * whitespace. Deliberately lossy: people type "anhorig" on keyboards or phones without Swedish letters.
 */
export function foldSwedish(text: string): string {
  return text
    .toLocaleLowerCase("sv-SE")
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .replace(/[øæœßłđðþı]/g, (letter) => UNDECOMPOSED[letter])
    .replace(/\s{2,}|[^\S ]/g, " ")
    .trim();
}

/** The folded words of a query; punctuation separates words, so "hjärt- och lungsjukdom" is three words. */
export function queryTerms(query: string): string[] {
  return foldSwedish(query)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((term) => term.length > 0);
}

/** True when every query word occurs somewhere in the haystacks; an empty query matches everything. */
export function matchesQuery(haystacks: string[], query: string): boolean {
  return matchesTerms(foldSwedish(haystacks.join("\n")), queryTerms(query));
}

/** For callers that test many haystacks against one query: fold the query once with queryTerms. */
export function matchesTerms(foldedHaystack: string, terms: string[]): boolean {
  return terms.every((term) => foldedHaystack.includes(term));
}
