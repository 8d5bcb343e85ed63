// The volunteer's shift lists: her own shifts (leave before the start; enter the visitors once it has started) and
// the coming occurrences to sign up for, by place.
import { Form } from "@remix-run/react";
import { ErrorSummary, TextField, type FieldErrors } from "~/components/form";
import { useSwedishContent } from "~/components/content-lang";
import { useOccurrenceWhen } from "~/components/meeting-place-when";
import { useT } from "~/i18n";
import "~/i18n/plan-parts";

export interface ShiftRow {
  activityId: number;
  date: string;
  title: string;
  place: string;
  placeId: number;
  startsAt: string;
  endsAt: string;
  onDuty: number;
  signedUp: boolean;
  mayChange: boolean;
  mayCount: boolean;
  visitors: number | null;
}

const keyOf = (s: { activityId: number; date: string }) => `${s.activityId}-${s.date}`;

function ShiftButton({ shift, intent, action }: { shift: ShiftRow; intent: "join" | "leave"; action: string }) {
  const t = useT();
  const when = useOccurrenceWhen();
  return (
    <Form method="post" action={action}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="activityId" value={shift.activityId} />
      <input type="hidden" name="date" value={shift.date} />
      <button type="submit" className={intent === "join" ? "button" : "button button--secondary"} aria-label={t(intent === "join" ? "meetingPlaces.shifts.joinLabel" : "meetingPlaces.shifts.leaveLabel", { title: shift.title, when: when(shift) })}>
        {t(intent === "join" ? "meetingPlaces.shifts.join" : "meetingPlaces.shifts.leave")}
      </button>
    </Form>
  );
}

/** The visitors form of one shift; `errors`/`values` only when this shift's form was the one posted. */
function VisitorsForm({ shift, action, errors, value }: { shift: ShiftRow; action: string; errors: FieldErrors; value?: string }) {
  const t = useT();
  const id = `visitors-${keyOf(shift)}`;
  return (
    <Form method="post" action={action} className="stack" noValidate>
      <ErrorSummary errors={errors} labels={{ visitors: t("meetingPlaces.shifts.visitors") }} fieldIds={{ visitors: id }} />
      <input type="hidden" name="intent" value="count" />
      <input type="hidden" name="activityId" value={shift.activityId} />
      <input type="hidden" name="date" value={shift.date} />
      <TextField
        id={id}
        name="visitors"
        label={t("meetingPlaces.shifts.visitors")}
        hint={t("meetingPlaces.shifts.visitorsHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value ?? (shift.visitors === null ? "" : String(shift.visitors))}
        error={errors.visitors}
      />
      <button type="submit" className="button">
        {t("meetingPlaces.shifts.saveVisitors")}
      </button>
    </Form>
  );
}

export function MyShifts({ shifts, action, posted }: { shifts: readonly ShiftRow[]; action: string; posted: { key: string; errors: FieldErrors; values: Partial<Record<string, string>> } | null }) {
  const t = useT();
  const sv = useSwedishContent();
  const when = useOccurrenceWhen();
  return (
    <section className="stack" aria-labelledby="my-shifts-title">
      <h2 id="my-shifts-title">{t("meetingPlaces.shifts.mineHeading")}</h2>
      {shifts.length === 0 ? <p className="empty">{t("meetingPlaces.shifts.noMine")}</p> : null}
      <ul className="plain-list stack">
        {shifts.map((s) => {
          const mine = posted?.key === keyOf(s) ? posted : null;
          return (
            <li key={keyOf(s)} className="card stack">
              <h3 lang={sv}>
                {s.title}, {s.place}
              </h3>
              <p>{when(s)}</p>
              {s.visitors !== null ? <p>{t("meetingPlaces.shifts.counted", { n: s.visitors })}</p> : null}
              {s.mayChange ? <p className="muted">{t("meetingPlaces.shifts.notStarted")}</p> : null}
              {s.mayChange ? <ShiftButton shift={s} intent="leave" action={action} /> : null}
              {s.mayCount ? <VisitorsForm shift={s} action={action} errors={mine?.errors ?? {}} value={mine?.values.visitors} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function UpcomingShifts({ shifts, action }: { shifts: readonly ShiftRow[]; action: string }) {
  const t = useT();
  const sv = useSwedishContent();
  const when = useOccurrenceWhen();
  const places = [...new Map(shifts.map((s) => [s.placeId, s.place])).entries()];
  const duty = (n: number) => (n === 0 ? t("meetingPlaces.shifts.onDuty.none") : n === 1 ? t("meetingPlaces.shifts.onDuty.one") : t("meetingPlaces.shifts.onDuty.many", { n }));
  return (
    <section className="stack" aria-labelledby="upcoming-shifts-title">
      <h2 id="upcoming-shifts-title">{t("meetingPlaces.shifts.upcomingHeading")}</h2>
      {shifts.length === 0 ? <p className="empty">{t("meetingPlaces.shifts.noUpcoming")}</p> : null}
      {places.map(([placeId, place]) => {
        const here = shifts.filter((s) => s.placeId === placeId);
        // Closed unless she already has a shift there, so one place's weeks are easy to find on a phone.
        return (
          <details key={placeId} className="shift-place" open={places.length === 1 || here.some((s) => s.signedUp)}>
            <summary>
              <span lang={sv}>{place}</span> <span className="muted">({t("meetingPlaces.shifts.count", { n: here.length })})</span>
            </summary>
            <ul className="plain-list">
              {here.map((s) => (
                <li key={keyOf(s)} className="list-row">
                  <span>
                    {when(s)} · <span lang={sv}>{s.title}</span> · <span className="muted">{s.signedUp ? t("meetingPlaces.shifts.signedUp") : duty(s.onDuty)}</span>
                  </span>{" "}
                  <ShiftButton shift={s} intent={s.signedUp ? "leave" : "join"} action={action} />
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
