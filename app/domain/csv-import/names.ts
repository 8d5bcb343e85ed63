// Names of places and areas as the imports store and compare them: one spelling per name, whatever case, spacing or Unicode form a file used.

const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Tabs, line breaks and invisible format characters (such as a right-to-left override) have no place in a name. */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

export function hasLetter(value: string): boolean {
  return /\p{L}/u.test(value);
}

/** The form a new name is stored in: composed characters (NFC), single spaces, no spaces at the ends. */
export function cleanName(value: string): string {
  return value.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Two names are the same name when their keys are equal: "Ångest  och oro" and "ångest och ORO" are. */
export function nameKey(value: string): string {
  return cleanName(value).toLocaleLowerCase("sv");
}
