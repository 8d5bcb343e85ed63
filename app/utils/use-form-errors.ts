// The one way a form shows its errors: the action's message keys, translated in the page's language.
import { useT, type MessageKey, type Vars } from "~/i18n";

/** Each field's message, ready for ErrorSummary and the fields; `vars` fills placeholders, the same for all or per key. */
export function useFormErrors(
  errors: Partial<Record<string, MessageKey>> | null | undefined,
  vars?: Vars | ((key: MessageKey) => Vars | undefined),
): Partial<Record<string, string>> {
  const t = useT();
  const out: Partial<Record<string, string>> = {};
  for (const [field, key] of Object.entries(errors ?? {})) if (key) out[field] = t(key, typeof vars === "function" ? vars(key) : vars);
  return out;
}
