// What stays Swedish on an English page, marked lang="sv" (WCAG 3.1.2): people's own texts and areas without an English name.
import { Fragment } from "react";
import { areaLabel, type AreaLabel, type AreaNames } from "~/domain/area-names";
import { useLocale } from "~/i18n";

/** The lang for text people wrote in Swedish (titles, presentations): "sv" on an English page, nothing on a Swedish one. */
export function useSwedishContent(): "sv" | undefined {
  return useLocale() === "en" ? "sv" : undefined;
}

/** An experience area's name in the page's language, or its Swedish name marked as Swedish. */
export function useAreaLabel(): (area: AreaNames) => AreaLabel {
  const locale = useLocale();
  return (area) => areaLabel(area, locale);
}

/** Areas as select or checkbox options, sorted by the name shown. */
export function useAreaOptions(): (areas: readonly ({ id: number } & AreaNames)[]) => { value: string; label: string; lang?: string }[] {
  const locale = useLocale();
  const collator = new Intl.Collator(locale === "en" ? "en-GB" : "sv-SE");
  return (areas) =>
    areas
      .map((area) => {
        const { text, lang } = areaLabel(area, locale);
        return { value: String(area.id), label: text, lang };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
}

/** Area names joined by commas, for a line of facts. */
export function AreaNameList({ areas }: { areas: readonly AreaNames[] }) {
  const label = useAreaLabel();
  return (
    <>
      {areas.map((area, i) => {
        const { text, lang } = label(area);
        return (
          <Fragment key={`${area.name}|${i}`}>
            {i > 0 ? ", " : null}
            {lang ? <span lang={lang}>{text}</span> : text}
          </Fragment>
        );
      })}
    </>
  );
}
