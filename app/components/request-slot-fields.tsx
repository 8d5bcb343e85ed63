// The new-request form's 1–5 proposed times: plain inputs, the later four inside <details>, so no JavaScript is needed.
import { TextField, type FieldErrors } from "~/components/form";
import { SLOT_NUMBERS } from "~/domain/request-schema";
import { useT } from "~/i18n";

/** What a fresh slot's length says before anyone types: a common meeting length, easy to change. */
const DEFAULT_DURATION = "60";

export function slotLabels(t: ReturnType<typeof useT>): Record<string, string> {
  return Object.fromEntries(
    SLOT_NUMBERS.flatMap((n) => {
      const slot = t("requests.slots.legend", { n });
      return [
        [`slot${n}Date`, `${slot}: ${t("requests.field.slotDate")}`],
        [`slot${n}Start`, `${slot}: ${t("requests.field.slotStart")}`],
        [`slot${n}Duration`, `${slot}: ${t("requests.field.slotDuration")}`],
      ];
    }),
  );
}

export function SlotFields({ values, errors }: { values: Partial<Record<string, string>>; errors: FieldErrors }) {
  const t = useT();
  const later = SLOT_NUMBERS.filter((n) => n > 1);
  // Open when a later slot holds something, so an error inside it is visible and its summary link works.
  const open = later.some((n) => ["Date", "Start", "Duration"].some((part) => errors[`slot${n}${part}`]) || values[`slot${n}Date`] || values[`slot${n}Start`]);
  return (
    <fieldset className="stack field-group">
      <legend>{t("requests.slots.heading")}</legend>
      <p className="field__hint">{t("requests.slots.lead")}</p>
      <Slot n={1} values={values} errors={errors} />
      <details open={open || undefined}>
        <summary>{t("requests.slots.more")}</summary>
        <div className="stack">
          {later.map((n) => (
            <Slot key={n} n={n} values={values} errors={errors} />
          ))}
        </div>
      </details>
    </fieldset>
  );
}

function Slot({ n, values, errors }: { n: number; values: Partial<Record<string, string>>; errors: FieldErrors }) {
  const t = useT();
  const name = (part: string) => `slot${n}${part}`;
  return (
    <fieldset className="field-group">
      <legend>{t("requests.slots.legend", { n })}</legend>
      <div className="inline-fields">
        <TextField name={name("Date")} type="date" label={t("requests.field.slotDate")} defaultValue={values[name("Date")]} error={errors[name("Date")]} />
        <SlotNumber part="Start" n={n} values={values} errors={errors} />
        <SlotNumber part="Duration" n={n} values={values} errors={errors} fallback={DEFAULT_DURATION} />
      </div>
    </fieldset>
  );
}

/** A slot's start time or length: typed as digits, with a hint on the format. */
function SlotNumber({ part, n, values, errors, fallback }: { part: "Start" | "Duration"; n: number; values: Partial<Record<string, string>>; errors: FieldErrors; fallback?: string }) {
  const t = useT();
  const name = `slot${n}${part}`;
  return (
    <TextField
      name={name}
      label={t(`requests.field.slot${part}`)}
      hint={t(`requests.field.slot${part}Hint`)}
      inputMode="numeric"
      autoComplete="off"
      defaultValue={values[name] ?? fallback}
      error={errors[name]}
    />
  );
}
