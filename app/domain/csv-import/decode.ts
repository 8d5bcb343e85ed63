// A file's bytes as text when they are UTF-8: the one encoding the import formats accept.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text, or null when it is not UTF-8 (Excel's plain "CSV" is Windows-1252; "CSV UTF-8" is what we read). */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
