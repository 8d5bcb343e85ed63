// Messages for the coordinators' plan, not-yet-offered and unmet-demand pages; en must have exactly the same keys.
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
