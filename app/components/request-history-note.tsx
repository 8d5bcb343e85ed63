// A request history entry's note in the reader's language: the system's code translated, or the person's own words.
import { CASCADE_MAX_STEPS } from "~/domain/request-lifecycle";
import type { RequestNoteCode } from "~/domain/request-notes";
import { useT } from "~/i18n";

export interface HistoryNoteEntry {
  note: string | null;
  noteCode: RequestNoteCode | null;
  noteStep: number | null;
}

/** " – the note" after the entry's status, or nothing when it has none. */
export function HistoryNote({ entry: { note, noteCode, noteStep } }: { entry: HistoryNoteEntry }) {
  const t = useT();
  const text = noteCode ? t(`requests.note.${noteCode}`, { step: noteStep ?? 0, max: CASCADE_MAX_STEPS }) : note;
  return text ? <>{` – ${text}`}</> : null;
}
