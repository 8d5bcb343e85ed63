// Messages for CSV import of people and history (upload page and CLI); en must have exactly the same keys.
export const sv = {
  "imports.title": "imports",
};

export const en: Record<keyof typeof sv, string> = {
  "imports.title": "imports",
};
