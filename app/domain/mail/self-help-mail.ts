// The confirmation a resident gets after registering interest in a self-help group: the theme, the place and the
// withdrawal link; never anything else about them.
import type { MessageKey } from "~/i18n";
import type { Parts } from "./templates";

export interface SelfHelpInterestEvent {
  kind: "self_help_interest";
  theme: string;
  /** The municipality's name; null for "digitalt". */
  place: string | null;
  token: string;
}

export function selfHelpInterestParts(event: SelfHelpInterestEvent, t: (key: MessageKey, vars?: Record<string, string>) => string): Parts {
  return {
    body: [t("mail.self_help_interest.body", { theme: event.theme, place: event.place ?? t("selfHelp.digital") }), t("mail.self_help_interest.retention")],
    path: `/sjalvhjalp/aterkalla/${event.token}`,
    link: "mail.self_help_interest.link",
  };
}
