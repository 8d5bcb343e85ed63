// One person's public card for one role: what care units see, never a name, e-mail or phone.
import type { ReactNode } from "react";
import { useAreaLabel, useSwedishContent } from "~/components/content-lang";
import type { AreaNames } from "~/domain/area-names";
import type { DayPart } from "~/domain/availability";
import { useT, type MessageKey } from "~/i18n";
import type { Format, Role } from "~/domain/vocabulary";

export interface CatalogueCardData {
  role: Role;
  title: string;
  presentation: string;
  experience: readonly AreaNames[];
  formats: readonly Format[];
  languages: readonly string[];
  places: readonly string[];
  servesDigital: boolean;
  hints: readonly { weekday: number; part: DayPart }[];
}

/** `children`: the card's actions, shown inside the card so that they plainly belong to it. */
export function CatalogueCard({ card, headingLevel = 3, children }: { card: CatalogueCardData; headingLevel?: 2 | 3; children?: ReactNode }) {
  const t = useT();
  const areaLabel = useAreaLabel();
  // The volunteer wrote the title and presentation in Swedish.
  const sv = useSwedishContent();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const hint = card.hints
    .slice(0, 3)
    .map((h) => `${t(`weekdayShort.${h.weekday}` as MessageKey)} ${t(`dayPart.${h.part}`)}`)
    .join(", ");
  return (
    <article className="catalogue-card">
      <p className="badge">{t(`personRole.${card.role}`)}</p>
      <Heading className="catalogue-card__title" lang={sv}>
        {card.title}
      </Heading>
      {card.presentation ? <p lang={sv}>{card.presentation}</p> : null}
      {card.experience.length > 0 ? (
        <ul className="tags" aria-label={t("card.experience")}>
          {card.experience.map((area) => {
            const { text, lang } = areaLabel(area);
            return (
              <li key={area.name} lang={lang}>
                {text}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ul className="card-facts">
        {card.formats.length > 0 ? <li>{t("card.formats", { formats: card.formats.map((f) => t(`format.${f}`)).join(", ") })}</li> : null}
        {card.languages.length > 0 ? (
          <li>{t("card.languages", { languages: card.languages.map((l) => t(`lang.${l}` as MessageKey)).join(", ") })}</li>
        ) : null}
        {card.places.length > 0 ? <li>{t("card.serves", { places: card.places.join(", ") })}</li> : null}
        {card.servesDigital ? <li>{t("card.digital")}</li> : null}
        {hint ? <li>{t("card.usuallyFree", { when: hint })}</li> : null}
      </ul>
      {children}
    </article>
  );
}
