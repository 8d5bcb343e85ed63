// The weekly open-call digest (issue K): the new open requests that fit a volunteer, as titles, times and places only.
import type { MessageKey } from "~/i18n";
import type { Formats, Parts } from "./templates";

export interface OpenCallDigestEvent {
  kind: "open_call_digest";
  /** Soonest first; the place is the meeting's municipality, or the care unit's for a digital request. */
  requests: { title: string; startsAt: string; municipality: string; isDigital: boolean }[];
}

export function openCallDigestParts(event: OpenCallDigestEvent, t: (key: MessageKey, vars?: Record<string, string>) => string, { when }: Formats): Parts {
  const count = event.requests.length;
  return {
    body: [count === 1 ? t("mail.open_call_digest.one") : t("mail.open_call_digest.many", { count: String(count) })],
    details: event.requests.map((r) =>
      t("mail.open_call_digest.line", {
        title: `”${r.title}”`,
        when: when(r.startsAt),
        place: r.isDigital ? t("mail.open_call_digest.digital") : r.municipality,
      }),
    ),
    next: t("mail.open_call_digest.next"),
    path: "/volunteer/open-requests",
    link: "mail.open_call_digest.link",
  };
}
