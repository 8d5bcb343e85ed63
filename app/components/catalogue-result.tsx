// A catalogue entry as the shared public card plus its links: the detail page, and for requesters a wish in a new request.
import { Link } from "@remix-run/react";
import { CatalogueCard, type CatalogueCardData } from "~/components/catalogue-card";
import type { CatalogueEntry } from "~/domain/catalogue-filters";
import { useT } from "~/i18n";

export function catalogueDetailPath(entry: Pick<CatalogueEntry, "personId" | "role">): string {
  return `/catalogue/${entry.personId}?role=${entry.role}`;
}

/** The new-request page reads these two parameters as the unit's wished person. */
export function requestPersonPath(entry: Pick<CatalogueEntry, "personId" | "role">): string {
  return `/unit/requests/new?${new URLSearchParams({ person: String(entry.personId), role: entry.role })}`;
}

interface Props {
  entry: CatalogueEntry;
  canRequest: boolean;
  /** False on the detail page itself. */
  linkToDetail?: boolean;
  headingLevel?: 2 | 3;
}

export function CatalogueResult({ entry, canRequest, linkToDetail = true, headingLevel = 3 }: Props) {
  const t = useT();
  const card: CatalogueCardData = {
    role: entry.role,
    title: entry.title,
    presentation: entry.presentation,
    experience: entry.experience,
    formats: entry.formats,
    languages: entry.languages,
    places: [...entry.serves.careAreaNames.map((area) => t("card.areaPrefix", { area })), ...entry.serves.municipalityNames],
    servesDigital: entry.servesDigital,
    hints: entry.hints,
  };
  return (
    <CatalogueCard card={card} headingLevel={headingLevel}>
      {linkToDetail || canRequest ? (
        <p className="button-row catalogue-card__actions">
          {/* The labels repeat the title so that a list of links read out of context still says which card. */}
          {linkToDetail ? (
            <Link to={catalogueDetailPath(entry)} className="button button--secondary" aria-label={t("catalogue.showLabel", { title: entry.title })}>
              {t("catalogue.show")}
            </Link>
          ) : null}
          {canRequest ? (
            <Link to={requestPersonPath(entry)} className="button" aria-label={t("catalogue.requestLabel", { title: entry.title })}>
              {t("catalogue.request")}
            </Link>
          ) : null}
        </p>
      ) : null}
    </CatalogueCard>
  );
}
