// Names of places and areas as the imports store and compare them: one spelling per name, whatever case, spacing or Unicode form a file used.
import { normalizeText } from "../text";

export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

/** The form a new name is stored in: the app's normal form for text (NFC), single spaces, no spaces at the ends. */
export function cleanName(value: string): string {
  return normalizeText(value).replace(/\s+/gu, " ").trim();
}

/** Two names are the same name when their keys are equal: "Ångest  och oro" and "ångest och ORO" are. */
export function nameKey(value: string): string {
  return cleanName(value).toLocaleLowerCase("sv");
}
