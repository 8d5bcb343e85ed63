// What text the app accepts from outside (forms, CSV files): one rule for control characters and one normal form.

/** Never in any text: NUL and the other C0 controls but tab and line breaks, DEL, C1 controls, and bidi overrides/isolates (they make "gnp.exe" show as "exe.png"). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Also not in a single-line field: tabs and every kind of line break (they would forge lines in an e-mail). */
const LINE_BREAKS = /[\t\n\r\u0085\u2028\u2029]/u;

export function hasForbiddenCharacters(value: string, { multiLine }: { multiLine: boolean }): boolean {
  return FORBIDDEN.test(value) || (!multiLine && LINE_BREAKS.test(value));
}

/** The stored form of free text: composed characters (NFC), so "Göran" typed decomposed finds "Göran". */
export function normalizeText(value: string): string {
  return value.normalize("NFC");
}

/** Bytes that are not valid UTF-8 are refused rather than stored as U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
