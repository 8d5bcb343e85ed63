// The controlled vocabularies a profile or request chooses from, in display order.
export const LANGUAGES = ["sv", "en", "ar", "fa", "fi", "so", "ti", "bs", "pl", "es", "de", "sgn"] as const;
export type Language = (typeof LANGUAGES)[number];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "13:30" ↔ 810 minutes after midnight; "24:00" is allowed as the end of a day. */
export function parseClock(value: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

export function formatClock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}
