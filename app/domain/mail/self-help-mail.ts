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

/** The invitation to a starting group: the theme, the place, the first meeting, and the personal link to confirm or decline. */
export interface SelfHelpGroupInviteEvent {
  kind: "self_help_group_invite";
  theme: string;
  /** The municipality's name; null for "digitalt". */
  place: string | null;
  firstMeetingAt: string;
  token: string;
}

export function selfHelpGroupInviteParts(event: SelfHelpGroupInviteEvent, t: (key: MessageKey, vars?: Record<string, string>) => string, when: (iso: string) => string): Parts {
  return {
    body: [t("mail.self_help_group_invite.body", { theme: event.theme, place: event.place ?? t("selfHelp.digital") }), t("mail.when", { when: when(event.firstMeetingAt) })],
    next: t("mail.self_help_group_invite.next"),
    path: `/sjalvhjalp/grupp/${event.token}`,
    link: "mail.self_help_group_invite.link",
    footer: "mail.footerResident",
  };
}

export function selfHelpInterestParts(event: SelfHelpInterestEvent, t: (key: MessageKey, vars?: Record<string, string>) => string): Parts {
  return {
    body: [t("mail.self_help_interest.body", { theme: event.theme, place: event.place ?? t("selfHelp.digital") }), t("mail.self_help_interest.retention")],
    path: `/sjalvhjalp/aterkalla/${event.token}`,
    link: "mail.self_help_interest.link",
    footer: "mail.footerResident",
  };
}
