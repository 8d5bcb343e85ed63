// Messages for the coordinators' units-admin pages, Swedish first; en must have exactly the same keys.
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
