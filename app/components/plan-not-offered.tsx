// One not-yet-offered person: since when they are a member, the open request that suits them best, and units to pitch to.
import { Link } from "@remix-run/react";
import { AreaNameList, useSwedishContent } from "~/components/content-lang";
import { Facts } from "~/components/facts";
import { useLocale, useT } from "~/i18n";
import type { NotOfferedPerson, UnitPitchView } from "~/models/not-offered.server";
import { formatDate } from "~/domain/format";
import { ReasonChips, useNumber } from "./plan-reasons";
import { deskPath, useRequestFacts } from "./plan-request-list";

export function NotOfferedCard({ person }: { person: NotOfferedPerson }) {
  const t = useT();
  const locale = useLocale();
  const titleId = `person-${person.id}-title`;
  const facts: [string, string][] = [
    [t("notOffered.bookTitle"), person.title || "–"],
    [t("notOffered.joinedOn"), formatDate(person.joinedOn, locale)],
  ];
  return (
    <article aria-labelledby={titleId} className="card stack">
      <h2 id={titleId}>{person.name}</h2>
      {person.blocked ? (
        <p>
          <span className="badge">{t(`matching.excluded.${person.blocked}`)}</span>
        </p>
      ) : null}
      <Facts items={facts} />
      <BestRequest person={person} />
      <section aria-labelledby={`${titleId}-units`} className="stack">
        <h3 id={`${titleId}-units`}>{t("notOffered.units")}</h3>
        {person.units.length === 0 ? (
          <p className="empty">{t("notOffered.noUnits")}</p>
        ) : (
          <ol className="plain-list">
            {person.units.map((unit) => (
              <li key={unit.id} className="list-row">
                <span>{unit.name}</span>
                <span className="muted">
                  {t(`unitKind.${unit.kind}`)} · {unit.careArea}
                </span>
                <UnitReasons unit={unit} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function BestRequest({ person }: { person: NotOfferedPerson }) {
  const t = useT();
  const facts = useRequestFacts();
  const number = useNumber();
  const best = person.bestRequest;
  // Request titles are written in Swedish by the care units.
  const sv = useSwedishContent();
  const headingId = `person-${person.id}-best`;
  return (
    <section aria-labelledby={headingId} className="stack">
      <h3 id={headingId}>{t("notOffered.bestRequest")}</h3>
      {best ? (
        <p>
          <Link to={deskPath(best.id)} lang={sv}>
            {best.title}
          </Link>{" "}
          <span className="muted">{facts(best)}</span>{" "}
          <span className="badge">{t("notOffered.score", { score: number(best.score) })}</span>
        </p>
      ) : null}
      {best ? (
        <ReasonChips reasons={best.parts.map((part) => part.reason)} label={t("notOffered.reasonsFor", { request: best.title })} />
      ) : (
        <p className="empty">{t(person.blocked ? "notOffered.blockedNoRequest" : "notOffered.noRequest")}</p>
      )}
    </section>
  );
}

function UnitReasons({ unit }: { unit: UnitPitchView }) {
  const t = useT();
  return (
    <ul className="tags" aria-label={t("notOffered.whyUnit", { unit: unit.name })}>
      {unit.sameCareArea ? <li>{t("notOffered.reason.sameCareArea")}</li> : null}
      {unit.kindSeen ? <li>{t("notOffered.reason.kindSeen", { kind: t(`unitKind.${unit.kind}`) })}</li> : null}
      {unit.sharedAreas.length > 0 ? (
        <li>
          {t("notOffered.reason.sharedAreas")} <AreaNameList areas={unit.sharedAreas} />
        </li>
      ) : null}
    </ul>
  );
}
