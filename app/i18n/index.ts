// The typed message catalogue: translate(locale, key, vars) on the server, useT() in components.
// Swedish, the default, is built in; English is registered by ./english, which the server always loads
// and the browser only for an English page, so Swedish pages do not download it.
import { useRouteLoaderData } from "@remix-run/react";
import * as account from "./account";
import * as assignments from "./assignments";
import * as availability from "./availability";
import * as calendar from "./calendar";
import * as catalogue from "./catalogue";
import * as matching from "./matching";
import * as offers from "./offers";
import * as openCall from "./open-call";
import * as onboarding from "./onboarding";
import * as peopleAdmin from "./people-admin";
import * as plan from "./plan";
import * as privacy from "./privacy";
import * as profile from "./profile";
import * as requestDesk from "./request-desk";
import * as goals from "./goals";
import * as imports from "./imports";
import * as oidc from "./oidc";
import * as mail from "./mail";
import * as outbox from "./outbox";
import * as requests from "./requests";
import * as setup from "./setup";
import * as unitsAdmin from "./units-admin";
import * as usersAdmin from "./users-admin";
import { sv as commonSv } from "./sv";

const sv = {
  ...commonSv,
  ...profile.sv,
  ...availability.sv,
  ...offers.sv,
  ...assignments.sv,
  ...calendar.sv,
  ...catalogue.sv,
  ...requests.sv,
  ...matching.sv,
  ...plan.sv,
  ...peopleAdmin.sv,
  ...onboarding.sv,
  ...unitsAdmin.sv,
  ...requestDesk.sv,
  ...goals.sv,
  ...imports.sv,
  ...outbox.sv,
  ...mail.sv,
  ...oidc.sv,
  ...privacy.sv,
  ...setup.sv,
  ...account.sv,
  ...usersAdmin.sv,
  ...openCall.sv,
};

export type MessageKey = keyof typeof sv;
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";

const catalogues: Partial<Record<Locale, Record<MessageKey, string>>> = { sv };

export function registerCatalogue(locale: Locale, messages: Record<MessageKey, string>) {
  catalogues[locale] = messages;
}

export type Vars = Record<string, string | number>;

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv, value);
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale]?.[key] ?? sv[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: Locale } | undefined;
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useT() {
  const locale = useLocale();
  return (key: MessageKey, vars?: Vars) => translate(locale, key, vars);
}
