// The self-efficacy survey's invitation to a self-help group's member: the one-time link, and that the answer is anonymous.
import type { MessageKey } from "~/i18n";
import type { Parts } from "./templates";

export interface SurveyInviteEvent {
  kind: "survey_invite";
  theme: string;
  token: string;
}

export function surveyInviteParts(event: SurveyInviteEvent, t: (key: MessageKey, vars?: Record<string, string>) => string): Parts {
  return {
    body: [t("mail.survey_invite.body", { theme: event.theme }), t("mail.survey_invite.anonymous")],
    path: `/enkat/${event.token}`,
    link: "mail.survey_invite.link",
    footer: "mail.footerResident",
  };
}
