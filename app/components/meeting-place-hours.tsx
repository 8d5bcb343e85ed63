// A meeting place's opening hours as a list, consecutive days with the same hours on one line ("Måndag–onsdag 10:00–16:00").
import type { OpeningLine } from "~/domain/meeting-places";
import { formatClock } from "~/domain/vocabulary";
import { useT, type MessageKey } from "~/i18n";
import { capitalized } from "./meeting-place-when";
import "~/i18n/plan-parts";

export function OpeningHoursList({ lines }: { lines: readonly OpeningLine[] }) {
  const t = useT();
  if (lines.length === 0) return <p>{t("meetingPlaces.noHours")}</p>;
  const day = (n: number) => t(`weekday.${n}` as MessageKey);
  return (
    <ul className="plain-list">
      {lines.map((l) => {
        const times = { open: formatClock(l.openMinute), close: formatClock(l.closeMinute) };
        return (
          <li key={l.fromWeekday}>
            {capitalized(l.fromWeekday === l.toWeekday ? t("meetingPlaces.hoursDay", { day: day(l.fromWeekday), ...times }) : t("meetingPlaces.hoursDays", { from: day(l.fromWeekday), to: day(l.toWeekday), ...times }))}
          </li>
        );
      })}
    </ul>
  );
}
