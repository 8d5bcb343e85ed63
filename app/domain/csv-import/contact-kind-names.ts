// The words a contacts file may use for how a patient supporter met a care unit: the codes and their Swedish names.
// Plain data, no zod: the upload page lists the words in the browser.
import { CONTACT_KINDS, type ContactKind } from "../vocabulary";
import { codeWords } from "./code-words";

export const SWEDISH_CONTACT_KINDS: Readonly<Record<string, ContactKind>> = {
  besök: "visit",
  möte: "meeting",
  telefon: "phone",
  digitalt: "digital",
  annat: "other",
};

const kinds = codeWords(CONTACT_KINDS, SWEDISH_CONTACT_KINDS);

/** "visit (besök), meeting (möte), phone (telefon), digital (digitalt), other (annat)". */
export const contactKindWords = (): string => kinds.describe();
export const contactKindFromWord = (word: string): ContactKind | null => kinds.fromWord(word);
