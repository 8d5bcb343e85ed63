// The chosen language, remembered in a long-lived cookie (it holds no personal data).
import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale } from "~/i18n";
import type { Locale } from "~/domain/vocabulary";

const localeCookie = createCookie("lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

export async function getLocale(request: Request): Promise<Locale> {
  const value = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function serializeLocale(locale: Locale): Promise<string> {
  return localeCookie.serialize(locale);
}
