// How a self-help registration's place and theme are named on a page: "Digitalt" in the page's language, a
// municipality or a theme in Swedish (marked as such on an English page) unless the theme has an English name.
import { useLocale, useT } from "~/i18n";
import { useSwedishContent } from "./content-lang";

export function PlaceName({ place }: { place: { digital: boolean; municipality: string | null } }) {
  const t = useT();
  const sv = useSwedishContent();
  return place.digital ? <>{t("selfHelp.digital")}</> : <span lang={sv}>{place.municipality}</span>;
}

/** The text alone, for a message with placeholders. */
export function usePlaceText(): (place: { digital: boolean; municipality: string | null }) => string {
  const t = useT();
  return (place) => (place.digital ? t("selfHelp.digital") : (place.municipality ?? ""));
}

/** The theme's name as text: English when the page is and the theme has one. */
export function useThemeText(): (theme: { name: string; nameEn: string | null }) => string {
  const locale = useLocale();
  return (theme) => (locale === "en" && theme.nameEn ? theme.nameEn : theme.name);
}

export function ThemeName({ theme }: { theme: { name: string; nameEn: string | null } }) {
  const locale = useLocale();
  const sv = useSwedishContent();
  return locale === "en" && theme.nameEn ? <>{theme.nameEn}</> : <span lang={sv}>{theme.name}</span>;
}
