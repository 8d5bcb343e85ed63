// The notes the system itself writes in a request's history: stored as codes, shown in the reader's language.
export const REQUEST_NOTE_CODES = ["offer_declined", "auto_next_on", "auto_next_off", "cascade_step", "cascade_exhausted_none", "cascade_exhausted_steps"] as const;
export type RequestNoteCode = (typeof REQUEST_NOTE_CODES)[number];
