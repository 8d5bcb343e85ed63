// What an import can find wrong with a file: where (a physical line, or null for the file as a whole) and a message key.
import type { MessageKey } from "~/i18n";

export type ImportMessageKey = Extract<MessageKey, `imports.errors.${string}`>;

export interface ImportIssue {
  line: number | null;
  key: ImportMessageKey;
  vars?: Record<string, string | number>;
}

/** Issues in file order, so a long list reads top to bottom like the file. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
