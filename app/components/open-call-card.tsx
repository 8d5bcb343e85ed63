// One open request on the volunteer's open-call page: what she needs to decide, the times that suit her, and "I can".
import { Form } from "@remix-run/react";
import { Facts } from "~/components/facts";
import { useT } from "~/i18n";
import type { OpenCallRequest } from "~/models/open-call.server";
import { useSlotLabel } from "./desk-request";
import { useSwedishContent } from "~/components/content-lang";

type T = ReturnType<typeof useT>;

function durationText(t: T, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t("offers.duration.minutes", { m });
  return m === 0 ? t("offers.duration.hours", { h }) : t("offers.duration.hoursMinutes", { h, m });
}

export function OpenCallCard({ request: r }: { request: OpenCallRequest }) {
  const t = useT();
  // Written in Swedish by a care unit.
  const sv = useSwedishContent();
  const slotLabel = useSlotLabel();
  const titleId = `open-${r.id}-title`;
  const kind = t(`unitKind.${r.unitKind}`);
  const raised = r.slots.find((s) => s.id === r.raisedSlotId);
  const facts: [string, string][] = [
    [t("openCall.role"), t(`personRole.${r.role}`)],
    [t("openCall.format"), t(`format.${r.format}`)],
    [t("openCall.where"), t(r.isDigital ? "openCall.whereDigital" : "openCall.whereValue", { kind, municipality: r.municipality })],
    [t("openCall.length"), durationText(t, r.durationMinutes)],
  ];
  // With her hand up for the only time there is, the one thing left to do is take it back.
  const choices = raised ? r.slots.filter((s) => s.id !== raised.id) : r.slots;
  return (
    <article aria-labelledby={titleId} className="card stack">
      <h2 lang={sv} id={titleId}>{r.title}</h2>
      {raised ? (
        <p>
          <span className="badge badge--interest">{t("openCall.raisedBadge")}</span>{" "}
          <span className="muted">{t("openCall.forSlot", { slot: slotLabel(raised) })}</span>
        </p>
      ) : null}
      <Facts items={facts} />
      {choices.length > 0 ? (
        <Form method="post" className="stack">
          <input type="hidden" name="requestId" value={r.id} />
          {choices.length === 1 ? (
            <>
              <input type="hidden" name="slotId" value={choices[0].id} />
              <button type="submit" name="intent" value="raise" className={raised ? "button button--secondary" : "button"} aria-describedby={titleId}>
                {t("openCall.raiseFor", { slot: slotLabel(choices[0]) })}
              </button>
            </>
          ) : (
            <>
              <fieldset className="field choice-group">
                <legend>{raised ? t("openCall.change") : t("openCall.chooseTime")}</legend>
                <div className="choice-group__options">
                  {choices.map((s, i) => (
                    <label key={s.id} className="choice" htmlFor={`slot-${r.id}-${s.id}`}>
                      <input type="radio" id={`slot-${r.id}-${s.id}`} name="slotId" value={s.id} defaultChecked={i === 0} />
                      <span>{slotLabel(s)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <button type="submit" name="intent" value="raise" className={raised ? "button button--secondary" : "button"} aria-describedby={titleId}>
                {t("openCall.raise")}
              </button>
            </>
          )}
        </Form>
      ) : null}
      {raised ? (
        <Form method="post">
          <input type="hidden" name="requestId" value={r.id} />
          <button type="submit" name="intent" value="lower" className="button button--secondary" aria-describedby={titleId}>
            {t("openCall.lower")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}
