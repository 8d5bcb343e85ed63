// Form pieces that keep errors next to their fields and list them in a linked summary.
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from "react";
import { useT } from "~/i18n";

export type FieldErrors = Partial<Record<string, string>>;

/** What each field of a form takes from the form's state: `field("name")` gives its name, label, posted value and error. */
export function fieldProps<F extends string>(labels: Record<F, string>, values: Partial<Record<string, string>>, errors: FieldErrors) {
  return (name: F) => ({ name, label: labels[name], defaultValue: values[name], error: errors[name] });
}

/** `fieldIds`: the input's id for a field whose id is not its name (the same field twice on a page). */
export function ErrorSummary({ errors, labels, fieldIds = {} }: { errors: FieldErrors | undefined; labels: Record<string, string>; fieldIds?: Record<string, string> }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, message]) => message);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("errors.summary")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === "form" ? message : <a href={`#${fieldIds[field] ?? field}`}>{`${labels[field] ?? field}: ${message}`}</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The ids a field's hint and error carry, for aria-describedby. */
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error, between its label and its input, as GOV.UK-style forms do. */
function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  /** Defaults to the name; give one when the same field appears more than once on a page. */
  id?: string;
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function TextField({ name, id = name, label, error, hint, ...input }: FieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
    </div>
  );
}

interface SelectFieldProps {
  name: string;
  /** Defaults to the name; give one when the same field appears more than once on a page. */
  id?: string;
  label: string;
  error?: string;
  /** `lang` marks a label in another language than the page's (WCAG 3.1.2). */
  options: { value: string; label: string; lang?: string }[];
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
}

export function SelectField({ name, id = name, label, error, options, defaultValue, placeholder, required }: SelectFieldProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} error={error} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextAreaFieldProps {
  name: string;
  /** Defaults to the name; give one when the same field appears more than once on a page. */
  id?: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  defaultValue?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

export function TextAreaField({ name, id = name, label, error, hint, ...textarea }: TextAreaFieldProps) {
  const described = describedBy(id, hint, error);
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} rows={textarea.rows ?? 4} {...textarea} />
    </div>
  );
}

interface ChoiceGroupProps {
  /** The id the error summary links to: the first input's id. */
  name: string;
  legend: string;
  type: "checkbox" | "radio";
  /** `lang` marks a label in another language than the page's (WCAG 3.1.2). */
  options: { value: string; label: string; lang?: string }[];
  selected: readonly string[];
  error?: string;
  hint?: ReactNode;
}

/** A fieldset of checkboxes or radio buttons; the first input carries `id={name}` for the summary link. */
export function ChoiceGroup({ name, legend, type, options, selected, error, hint }: ChoiceGroupProps) {
  const described = describedBy(name, hint, error);
  return (
    <fieldset className={error ? "field choice-group field--error" : "field choice-group"} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      <div className="choice-group__options">
        {options.map((o, i) => (
          <label key={o.value} className="choice">
            <input type={type} name={name} value={o.value} id={i === 0 ? name : `${name}-${o.value}`} defaultChecked={selected.includes(o.value)} />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: string; defaultChecked: boolean }) {
  return (
    <div className="field choice-group">
      <label className="choice" htmlFor={name}>
        <input type="checkbox" id={name} name={name} defaultChecked={defaultChecked} />
        <span>{label}</span>
      </label>
    </div>
  );
}
