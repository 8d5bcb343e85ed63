// What stopped the people holding a request's role: the numbers behind an unmet request's group.
import { AreaNameList } from "~/components/content-lang";
import { useT } from "~/i18n";
import { EXCLUSION_REASONS } from "~/domain/matching/constraints";
import type { HolderReason, UnmetRequest } from "~/domain/unmet";
import type { RequestLabel } from "~/models/matching-labels.server";

export function UnmetCounts({ unmet, request }: { unmet: UnmetRequest; request: RequestLabel }) {
  const t = useT();
  // The engine's checking order, so the same reasons read in the same order on every request.
  const counts = EXCLUSION_REASONS.flatMap((reason) => {
    const count = unmet.excludedBy[reason as HolderReason];
    return count ? [t("unmet.count", { reason: t(`matching.excluded.${reason}`), count })] : [];
  });
  const excluded = Object.values(unmet.excludedBy).reduce((sum, n) => sum + (n ?? 0), 0);
  // Candidates only appear here when none of them brings the experience asked for.
  if (unmet.holders > excluded) counts.unshift(t("unmet.candidatesWithout", { count: unmet.holders - excluded }));
  return (
    <>
      {request.experienceAreas.length > 0 ? (
        <span>
          {t("unmet.wantedAreas")} <AreaNameList areas={request.experienceAreas} />
        </span>
      ) : null}
      <span>
        {unmet.holders === 0
          ? t("unmet.noHolders", { role: t(`personRole.${request.wantedRole}`) })
          : t("unmet.holders", { count: unmet.holders, role: t(`personRole.${request.wantedRole}`), reasons: counts.join(", ") || "–" })}
      </span>
    </>
  );
}
