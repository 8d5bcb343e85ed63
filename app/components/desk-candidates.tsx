// The request page's matching: ranked candidates with their reasons, the form that offers them a slot, and who is excluded.
import { Form, Link } from "@remix-run/react";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/form";
import type { ScorePart } from "~/domain/matching/score";
import { useLocale, useT } from "~/i18n";
import type { DeskCandidates } from "~/models/desk-candidates-page.server";
import type { DeskRequestView } from "~/models/desk-page.server";
import { formatDecimal } from "~/domain/format";
import { useSlotLabel, type DeskFormState } from "./desk-request";
import { reasonText } from "./plan-reasons";
import type { Role } from "~/domain/vocabulary";

interface OfferFormProps {
  request: DeskRequestView;
  candidates: DeskCandidates;
  all: boolean;
  top: number;
  defaults: { slotIds: number[]; slotId: number | null; replyBy: string; replyDays: number; replyByMin: string; replyByMax: string };
  state?: DeskFormState;
}

export function CandidateOfferForm({ request, candidates, all, top, defaults, state }: OfferFormProps) {
  const t = useT();
  const slotLabel = useSlotLabel();
  const values = state?.values ?? {};
  const chosen = Array.isArray(values.personId) ? values.personId : [];
  const labels = { personId: t("desk.offer.people"), slotId: t("desk.offer.slot"), replyBy: t("desk.offer.replyBy") };
  const slotById = new Map(request.slots.map((s) => [s.id, s]));
  const personError = state?.errors.personId;
  return (
    <section aria-labelledby="candidates-title" className="stack">
      <h2 id="candidates-title">{t("desk.candidates.heading")}</h2>
      <p>{t("desk.candidates.lead")}</p>
      {candidates.total === 0 ? (
        <p className="empty">{t("desk.candidates.none")}</p>
      ) : (
        <>
          <p>
            {t("desk.candidates.count", { shown: candidates.candidates.length, total: candidates.total })}{" "}
            {candidates.total > top ? (
              all ? (
                <Link to={`/coordinator/requests/${request.id}`}>{t("desk.candidates.showTop", { count: top })}</Link>
              ) : (
                <Link to={`/coordinator/requests/${request.id}?alla=1`}>{t("desk.candidates.showAll", { total: candidates.total })}</Link>
              )
            ) : null}
          </p>
          <Form method="post" className="stack" noValidate>
            <ErrorSummary errors={state?.errors} labels={labels} />
            <fieldset className={personError ? "field choice-group field--error" : "field choice-group"} aria-describedby={personError ? "personId-error" : undefined}>
              <legend>{labels.personId}</legend>
              {personError ? (
                <p id="personId-error" className="field__error">
                  {personError}
                </p>
              ) : null}
              <ol className="plain-list stack">
                {candidates.candidates.map((c, i) => (
                  <CandidateItem
                    key={c.personId}
                    candidate={c}
                    rank={i + 1}
                    inputId={i === 0 ? "personId" : `person-${c.personId}`}
                    checked={chosen.includes(String(c.personId))}
                    freeSlots={c.freeSlotIds.flatMap((id) => (slotById.has(id) ? [slotLabel(slotById.get(id)!)] : []))}
                    raisedSlot={c.raisedHand?.slotId != null && slotById.has(c.raisedHand.slotId) ? slotLabel(slotById.get(c.raisedHand.slotId)!) : null}
                  />
                ))}
              </ol>
            </fieldset>
            <ChoiceGroup
              name="slotId"
              type="radio"
              legend={labels.slotId}
              hint={t("desk.offer.slotHint")}
              options={request.slots.filter((s) => defaults.slotIds.includes(s.id)).map((s) => ({ value: String(s.id), label: slotLabel(s) }))}
              selected={[typeof values.slotId === "string" ? values.slotId : String(defaults.slotId)]}
              error={state?.errors.slotId}
            />
            <TextField
              name="replyBy"
              type="date"
              label={labels.replyBy}
              hint={t("desk.offer.replyByHint", { days: defaults.replyDays })}
              defaultValue={typeof values.replyBy === "string" ? values.replyBy : defaults.replyBy}
              min={defaults.replyByMin}
              max={defaults.replyByMax}
              error={state?.errors.replyBy}
              required
            />
            <button type="submit" name="intent" value="offer" className="button">
              {t("desk.offer.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

interface CandidateItemProps {
  candidate: { personId: number; name: string; roles: Role[]; total: number; parts: ScorePart[]; raisedHand: { slotId: number | null } | null };
  rank: number;
  inputId: string;
  checked: boolean;
  freeSlots: string[];
  /** The slot she raised a hand for, while she is free in it. */
  raisedSlot: string | null;
}

function CandidateItem({ candidate: c, rank, inputId, checked, freeSlots, raisedSlot }: CandidateItemProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <li className="card stack">
      <label className="choice" htmlFor={inputId}>
        <input type="checkbox" id={inputId} name="personId" value={c.personId} defaultChecked={checked} />
        <span>
          <strong>{`${rank}. ${c.name}`}</strong>
        </span>
      </label>
      {c.raisedHand ? (
        <p>
          <span className="badge badge--interest">{t("openCall.desk.badge")}</span>
          {raisedSlot ? <span className="muted">{` ${t("openCall.forSlot", { slot: raisedSlot })}`}</span> : null}
        </p>
      ) : null}
      <p>
        <span className="badge">{t("desk.candidate.total", { total: formatDecimal(c.total, locale) })}</span>{" "}
        <span className="muted">{c.roles.map((r) => t(`personRole.${r}`)).join(", ")}</span>
      </p>
      <p className="muted">{t("desk.candidate.free", { slots: freeSlots.join("; ") })}</p>
      <ul className="tags" aria-label={t("desk.candidate.reasons", { name: c.name })}>
        {c.parts.map((part) => (
          <li key={part.key}>{t("desk.candidate.chip", { reason: reasonText(t, part.reason, locale), points: formatDecimal(part.points, locale) })}</li>
        ))}
      </ul>
    </li>
  );
}

export function ExcludedPeople({ candidates }: { candidates: DeskCandidates }) {
  const t = useT();
  return (
    <details>
      <summary>{t("desk.excluded.summary", { count: candidates.excludedCount })}</summary>
      {candidates.excluded.length === 0 ? (
        <p className="empty">{t("desk.excluded.none")}</p>
      ) : (
        <div className="stack">
          {candidates.excluded.map((group) => (
            <section key={group.reason} aria-labelledby={`excluded-${group.reason}`}>
              <h3 id={`excluded-${group.reason}`}>{t("desk.excluded.group", { reason: t(`matching.excluded.${group.reason}`), count: group.count })}</h3>
              <ul>
                {group.people.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
              {group.count > group.people.length ? <p className="muted">{t("desk.excluded.more", { count: group.count - group.people.length })}</p> : null}
            </section>
          ))}
        </div>
      )}
    </details>
  );
}
