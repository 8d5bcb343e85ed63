// Messages for the goal dashboard, the goals report and the payroll export; en must have exactly the same keys.
export const sv = {
  "goals.title": "goals",
};

export const en: Record<keyof typeof sv, string> = {
  "goals.title": "goals",
};
