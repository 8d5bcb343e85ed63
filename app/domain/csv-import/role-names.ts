// The words an import file may use for a role: the codes of DESIGN.md and the Swedish names coordinators write in Excel.
// Plain data, no zod: the upload page lists the words in the browser (the cells' schemas are in cells.ts).
import { PERSON_ROLES, ROLES, type PersonRole, type Role } from "../vocabulary";
import { codeWords } from "./code-words";

/** Swedish name → role code; the codes themselves are accepted too. */
export const SWEDISH_ROLE_NAMES: Readonly<Record<string, PersonRole>> = {
  bok: "book",
  peer: "peer",
  berättare: "storyteller",
  patientstödjare: "supporter",
  igångsättare: "starter",
};

/** The roles a request can want (the history file's `role`): the patient supporter is not one of them. */
const requestRoles = codeWords(ROLES, SWEDISH_ROLE_NAMES);
/** Every role a person can hold (the people file's `roles`). */
const personRoles = codeWords(PERSON_ROLES, SWEDISH_ROLE_NAMES);

/** "book (bok), peer, storyteller (berättare)". */
export const roleWords = (): string => requestRoles.describe();
export const roleFromWord = (word: string): Role | null => requestRoles.fromWord(word);
/** "book (bok), peer, storyteller (berättare), supporter (patientstödjare), starter (igångsättare)". */
export const personRoleWords = (): string => personRoles.describe();
export const personRoleFromWord = (word: string): PersonRole | null => personRoles.fromWord(word);
