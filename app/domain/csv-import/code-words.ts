// The words an import file may use for a coded value (a role, a kind of contact): the code itself or its Swedish name.
// Plain data, no zod: the upload page lists the words in the browser.

export interface CodeWords<T extends string> {
  /** The code for a word, any case, in the composed form (Excel on a Mac may write "ä" decomposed); null when none. */
  fromWord: (word: string) => T | null;
  /** The accepted words for the upload page and the error messages: "visit (besök), meeting (möte), …". */
  describe: () => string;
}

/** `swedish` may name codes outside `codes` (a wider list shared by two uses): those are not accepted here. */
export function codeWords<T extends string>(codes: readonly T[], swedish: Readonly<Record<string, string>>): CodeWords<T> {
  const isCode = (value: string): value is T => (codes as readonly string[]).includes(value);
  const named = Object.entries(swedish).flatMap(([name, code]) => (isCode(code) ? [[name, code] as const] : []));
  const words = new Map<string, T>([...codes.map((c) => [c, c] as const), ...named]);
  return {
    fromWord: (word) => words.get(word.normalize("NFC").trim().toLowerCase()) ?? null,
    describe: () =>
      codes
        .map((code) => {
          const names = Object.keys(swedish).filter((name) => swedish[name] === code && name !== code);
          return names.length ? `${code} (${names.join(", ")})` : code;
        })
        .join(", "),
  };
}
