// Page titles in the visitor's language: "<page>: <object> – Levande bibliotek", with "Fel: " first when a form on the page has errors.
import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey } from "~/i18n";

interface MatchLike {
  id: string;
  data?: unknown;
}

/** The root data's flag that DocumentMeta sets when an action on this page answered with form errors. */
export const FORM_ERRORS_FLAG = "formErrors";

/** An action answered with errors: its data carries a non-empty `errors` (the one error shape of every form). */
export function hasFormErrors(actionData: unknown): boolean {
  if (!actionData || typeof actionData !== "object" || !("errors" in actionData)) return false;
  const errors = (actionData as { errors: unknown }).errors;
  if (Array.isArray(errors)) return errors.length > 0;
  return !!errors && typeof errors === "object" && Object.values(errors).some(Boolean);
}

/** The title of a page, naming its object (a request's title, a person's name) when it has one. */
export function pageTitle(matches: MatchLike[], key: MessageKey, options: { name?: string | null } = {}): MetaDescriptor[] {
  const rootData = matches.find((m) => m.id === "root")?.data as Record<string, unknown> | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE;
  const kind = translate(locale, key);
  const name = options.name?.trim();
  const page = name ? translate(locale, "meta.object", { page: kind, name }) : kind;
  const title = translate(locale, "meta.title", { page });
  return [{ title: rootData?.[FORM_ERRORS_FLAG] === true ? translate(locale, "meta.errorPrefix", { title }) : title }];
}
