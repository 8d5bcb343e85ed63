// Messages for the e-mail outbox, notifications and reminders; en must have exactly the same keys.
export const sv = {
  "outbox.title": "outbox",
};

export const en: Record<keyof typeof sv, string> = {
  "outbox.title": "outbox",
};
