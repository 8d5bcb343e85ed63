// Messages for the coordinators' people-admin pages, Swedish first; en must have exactly the same keys.
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
