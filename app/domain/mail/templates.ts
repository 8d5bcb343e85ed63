// Composes each e-mail Levande sends: short, plain text plus simple HTML, a direct link, times in Stockholm.
// Never the request's purpose or experience areas (e-mail is not a safe channel); what a hand-off needs is in
// docs/decisions/003-outbox.md. Every value is kept on one line, and escaped in the HTML part.
import { translate, type MessageKey } from "~/i18n";
import { formatDateTime, formatDeadline } from "../format";
import { handoffParts, type HandoffEvent, type MailCalendar } from "./handoff-mail";
import { openCallDigestParts, type OpenCallDigestEvent } from "./open-call-mail";
import { selfHelpGroupInviteParts, selfHelpInterestParts, type SelfHelpGroupInviteEvent, type SelfHelpInterestEvent } from "./self-help-mail";
import { surveyInviteParts, type SurveyInviteEvent } from "./survey-mail";
import type { AssignmentStatus, Locale } from "../vocabulary";

type Audience = "volunteer" | "unit" | "coordinator";

export type MailEvent =
  | HandoffEvent
  | OpenCallDigestEvent
  | SelfHelpInterestEvent
  | SelfHelpGroupInviteEvent
  | SurveyInviteEvent
  | { kind: "offer_accepted"; audience: "unit" | "coordinator"; title: string; startsAt: string | null; requestId: number }
  | { kind: "offer_declined" | "offer_expired"; title: string; startsAt: string | null; requestId: number }
  | { kind: "assignment_changed"; audience: "volunteer" | "unit"; title: string; startsAt: string; status: AssignmentStatus; assignmentId: number; requestId: number; calendar?: MailCalendar }
  | { kind: "invite"; name: string; token: string; expiresAt: string }
  | { kind: "password_reset"; name: string; token: string; expiresAt: string }
  | { kind: "offer_deadline"; title: string; startsAt: string | null; replyBy: string }
  | { kind: "assignment_tomorrow"; audience: "volunteer" | "unit"; title: string; startsAt: string; assignmentId: number; requestId: number }
  | { kind: "feedback_request"; audience: "volunteer" | "unit"; title: string; assignmentId: number; requestId: number }
  | { kind: "cascade_exhausted"; title: string; requestId: number }
  | { kind: "cant_come"; audience: Audience; title: string; startsAt: string; reason: string; assignmentId: number; requestId: number; calendar?: MailCalendar };

export type MailKind = MailEvent["kind"];

export interface ComposedMail {
  kind: MailKind;
  subject: string;
  text: string;
  html: string;
  /** The calendar invitation to attach, rendered per recipient by the outbox. */
  calendar: MailCalendar | null;
}

/** What happened (body), the details, what happens next, and the one link. */
export interface Parts {
  body: string[];
  details?: string[];
  next?: string;
  path: string;
  link: MessageKey;
  greetingName?: string;
  /** The closing line; a resident without an account gets one that does not speak of signing in. */
  footer?: MessageKey;
}

/** Where the link of each message leads to: answering or reading takes one tap after signing in. */
function requestPath(audience: Audience, requestId: number) {
  return audience === "unit" ? `/unit/requests/${requestId}` : `/coordinator/requests/${requestId}`;
}

function assignmentPath(audience: "volunteer" | "unit", assignmentId: number, requestId: number) {
  return audience === "volunteer" ? `/volunteer/assignments/${assignmentId}` : `/unit/requests/${requestId}`;
}

export interface Formats {
  when: (iso: string) => string;
  deadline: (iso: string) => string;
  money: (n: number) => string;
}

function parts(event: MailEvent, t: (key: MessageKey, vars?: Record<string, string>) => string, formats: Formats): Parts {
  const { when, deadline } = formats;
  const title = "title" in event ? `”${event.title}”` : "";
  const time = "startsAt" in event && event.startsAt ? [t("mail.when", { when: when(event.startsAt) })] : [];
  switch (event.kind) {
    case "request_received":
    case "offer_made":
    case "booking_confirmed":
    case "offer_taken":
    case "offer_withdrawn":
    case "cant_come_confirmed":
    case "request_cancelled":
    case "unit_cancelled":
      return handoffParts(event, title, t, formats);
    case "open_call_digest":
      return openCallDigestParts(event, t, formats);
    case "self_help_interest":
      return selfHelpInterestParts(event, t);
    case "self_help_group_invite":
      return selfHelpGroupInviteParts(event, t, when);
    case "survey_invite":
      return surveyInviteParts(event, t);
    case "offer_accepted":
      return { body: [t(`mail.offer_accepted.${event.audience}`, { title }), ...time], path: requestPath(event.audience, event.requestId), link: "mail.openRequest" };
    case "offer_declined":
    case "offer_expired":
      return { body: [t(`mail.${event.kind}.body`, { title }), ...time], path: requestPath("coordinator", event.requestId), link: "mail.openRequest" };
    case "assignment_changed":
      return {
        body: [t("mail.assignment_changed.body", { title, status: t(`assignments.status.${event.status}`) }), ...time],
        next: event.calendar ? t("mail.calendarCancel") : undefined,
        path: assignmentPath(event.audience, event.assignmentId, event.requestId),
        link: "mail.openAssignment",
      };
    case "invite":
      return { body: [t("mail.invite.body", { expires: when(event.expiresAt) })], path: `/invite/${event.token}`, link: "mail.invite.link", greetingName: event.name };
    case "password_reset":
      return {
        body: [t("mail.password_reset.body", { expires: when(event.expiresAt) }), t("mail.password_reset.ignore")],
        path: `/reset-password/${event.token}`,
        link: "mail.password_reset.link",
        greetingName: event.name,
      };
    case "offer_deadline":
      return { body: [t("mail.offer_deadline.body", { title }), ...time, t("mail.replyBy", { replyBy: deadline(event.replyBy) })], path: "/volunteer/offers", link: "mail.offer_made.link" };
    case "assignment_tomorrow":
      return { body: [t("mail.assignment_tomorrow.body", { title }), ...time], path: assignmentPath(event.audience, event.assignmentId, event.requestId), link: "mail.openAssignment" };
    case "feedback_request":
      return { body: [t("mail.feedback_request.body", { title })], path: assignmentPath(event.audience, event.assignmentId, event.requestId), link: "mail.feedback_request.link" };
    case "cascade_exhausted":
      return { body: [t("mail.cascade_exhausted.body", { title }), t("mail.cascade_exhausted.next")], path: requestPath("coordinator", event.requestId), link: "mail.openRequest" };
    case "cant_come":
      // The reason is quoted on purpose: whoever must act on the cancellation needs to know why (issue J).
      return {
        body: [t(`mail.cant_come.${event.audience}`, { title }), ...time, t("mail.cant_come.reason", { reason: event.reason }), t(`mail.cant_come.next.${event.audience}`)],
        path: event.audience === "volunteer" ? assignmentPath("volunteer", event.assignmentId, event.requestId) : requestPath(event.audience, event.requestId),
        link: event.audience === "volunteer" ? "mail.openAssignment" : "mail.openRequest",
      };
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Whatever a value holds (a title, an address, a reason), it never starts a new line of the mail. */
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

export function composeMail(event: MailEvent, { locale, baseUrl }: { locale: Locale; baseUrl: string }): ComposedMail {
  const t = (key: MessageKey, vars?: Record<string, string>) => translate(locale, key, vars);
  const numbers = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB");
  const p = parts(event, t, { when: (iso) => formatDateTime(iso, locale), deadline: (iso) => formatDeadline(iso, locale), money: (n) => numbers.format(n) });
  const greeting = oneLine(p.greetingName ? t("mail.greetingName", { name: p.greetingName }) : t("mail.greeting"));
  const body = p.body.map(oneLine);
  const details = (p.details ?? []).map(oneLine);
  const next = p.next ? [oneLine(p.next)] : [];
  const url = `${baseUrl}${p.path}`;
  const label = t(p.link);
  const footer = t(p.footer ?? "mail.footer");
  // One line, whatever the title holds: it goes into a mail header.
  const subject = oneLine(t(`mail.${event.kind}.subject` as MessageKey, { title: "title" in event ? event.title : "" }));
  const text = [greeting, "", ...body, ...(details.length > 0 ? ["", ...details] : []), ...next.flatMap((n) => ["", n]), "", `${label}: ${url}`, "", "--", footer, ""].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...body.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(details.length > 0 ? [`<ul>${details.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`] : []),
    ...next.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`,
    `<hr><p><small>${escapeHtml(footer)}</small></p>`,
  ].join("\n");
  return { kind: event.kind, subject, text, html, calendar: "calendar" in event && event.calendar ? event.calendar : null };
}
