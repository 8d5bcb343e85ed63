// Page titles in the visitor's language, read from the root loader's data.
import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey } from "~/i18n";

interface MatchLike {
  id: string;
  data?: unknown;
}

export function pageTitle(matches: MatchLike[], key: MessageKey): MetaDescriptor[] {
  const rootData = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  const locale = isLocale(rootData?.locale) ? rootData.locale : DEFAULT_LOCALE;
  return [{ title: translate(locale, "meta.title", { page: translate(locale, key) }) }];
}
