// The words an import file may use for a role: the codes of DESIGN.md and the Swedish names coordinators write in Excel.
// Plain data, no zod: the upload page lists the words in the browser (the cell's schema is in cells.ts).
import { ROLES, type Role } from "../vocabulary";

/** Swedish name → role code; the codes themselves are accepted too. */
export const SWEDISH_ROLE_NAMES: Readonly<Record<string, Role>> = {
  bok: "book",
  peer: "peer",
  berättare: "storyteller",
};

const ROLE_WORDS: ReadonlyMap<string, Role> = new Map<string, Role>([...ROLES.map((r) => [r, r] as const), ...Object.entries(SWEDISH_ROLE_NAMES)]);

/** The accepted words for the upload page: "book (bok), peer, storyteller (berättare)". */
export function roleWords(): string {
  return ROLES.map((role) => {
    const swedish = Object.keys(SWEDISH_ROLE_NAMES).filter((name) => SWEDISH_ROLE_NAMES[name] === role && name !== role);
    return swedish.length ? `${role} (${swedish.join(", ")})` : role;
  }).join(", ");
}

/** A role code or its Swedish name, any case, in the composed form (Excel on a Mac may write "ä" decomposed). */
export function roleFromWord(word: string): Role | null {
  return ROLE_WORDS.get(word.normalize("NFC").trim().toLowerCase()) ?? null;
}
