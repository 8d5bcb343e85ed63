// The typed message catalogue: translate(locale, key, vars) on the server, useT() in components.
// Swedish, the default, is built in except the coordinators' and the server's texts, which ./staff registers: the
// server always loads it, the browser only with a coordinator or admin page. English is registered by ./english,
// which the server always loads and the browser only for an English page, so Swedish pages do not download it.
import { useRouteLoaderData } from "@remix-run/react";
import * as account from "./account";
import * as accessibility from "./accessibility";
import * as assignments from "./assignments";
import * as availability from "./availability";
import * as calendar from "./calendar";
import * as catalogue from "./catalogue";
import * as offers from "./offers";
import * as openCall from "./open-call";
import * as onboarding from "./onboarding";
import * as privacy from "./privacy";
import * as profile from "./profile";
import * as oidc from "./oidc";
import * as requests from "./requests";
import * as setup from "./setup";
import * as supporterContacts from "./supporter-contacts";
import * as selfHelp from "./self-help";
import { sv as commonSv } from "./sv";
import type { planPartsSv } from "./plan-parts";
import type { staffSv } from "./staff";
import { LOCALES, type Locale } from "~/domain/vocabulary";

const sv = {
  ...commonSv,
  ...profile.sv,
  ...availability.sv,
  ...offers.sv,
  ...assignments.sv,
  ...calendar.sv,
  ...catalogue.sv,
  ...requests.sv,
  ...onboarding.sv,
  ...oidc.sv,
  ...privacy.sv,
  ...setup.sv,
  ...account.sv,
  ...openCall.sv,
  ...accessibility.sv,
  ...supporterContacts.sv,
  ...selfHelp.sv,
};

export type MessageKey = keyof typeof sv | keyof typeof staffSv | keyof typeof planPartsSv;
export const DEFAULT_LOCALE: Locale = "sv";

const catalogues: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = { sv };

/** Adds messages to a locale's catalogue: the whole English one, or the Swedish staff texts. */
export function registerCatalogue(locale: Locale, messages: Partial<Record<MessageKey, string>>) {
  catalogues[locale] = { ...catalogues[locale], ...messages };
}

export type Vars = Record<string, string | number>;

/** A key of a loaded catalogue: in the browser, a staff key only once a coordinator or admin page loaded ./staff. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.values(catalogues).some((messages) => Object.prototype.hasOwnProperty.call(messages, value));
}

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogues[locale]?.[key] ?? catalogues.sv?.[key];
  if (template === undefined) {
    console.error(`No message "${key}" in the loaded catalogue: a page that uses it must import ~/i18n/staff, or the key belongs in the common one.`);
    return key;
  }
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
