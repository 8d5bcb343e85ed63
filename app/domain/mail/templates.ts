// Composes each e-mail Levande sends: short, plain text plus simple HTML, a direct link, times in Stockholm.
// Only the request's title is ever quoted: no experience areas, purpose, reasons or names (e-mail is not a safe channel).
import type { AssignmentStatus, Locale } from "../../../db/schema";
import { translate, type MessageKey } from "~/i18n";
import { formatDateTime, formatDeadline } from "~/utils/format";

type Audience = "volunteer" | "unit" | "coordinator";

export type MailEvent =
  | { kind: "offer_made"; title: string; startsAt: string | null; replyBy: string | null }
  | { kind: "offer_accepted"; audience: "unit" | "coordinator"; title: string; startsAt: string | null; requestId: number }
  | { kind: "offer_declined" | "offer_expired"; title: string; startsAt: string | null; requestId: number }
  | { kind: "request_cancelled"; title: string; startsAt: string | null }
  | { kind: "assignment_changed"; audience: "volunteer" | "unit"; title: string; startsAt: string; status: AssignmentStatus; assignmentId: number; requestId: number }
  | { kind: "invite"; name: string; token: string; expiresAt: string }
  | { kind: "password_reset"; name: string; token: string; expiresAt: string }
  | { kind: "offer_deadline"; title: string; startsAt: string | null; replyBy: string }
  | { kind: "assignment_tomorrow"; audience: "volunteer" | "unit"; title: string; startsAt: string; assignmentId: number; requestId: number }
  | { kind: "feedback_request"; audience: "volunteer" | "unit"; title: string; assignmentId: number; requestId: number };

export type MailKind = MailEvent["kind"];

export interface ComposedMail {
  kind: MailKind;
  subject: string;
  text: string;
  html: string;
}

interface Parts {
  body: string[];
  path: string;
  link: MessageKey;
  greetingName?: string;
}

/** Where the link of each message leads to: answering or reading takes one tap after signing in. */
function requestPath(audience: Audience, requestId: number) {
  return audience === "unit" ? `/unit/requests/${requestId}` : `/coordinator/requests/${requestId}`;
}

function assignmentPath(audience: "volunteer" | "unit", assignmentId: number, requestId: number) {
  return audience === "volunteer" ? `/volunteer/assignments/${assignmentId}` : `/unit/requests/${requestId}`;
}

interface Formats {
  when: (iso: string) => string;
  deadline: (iso: string) => string;
}

function parts(event: MailEvent, t: (key: MessageKey, vars?: Record<string, string>) => string, { when, deadline }: Formats): Parts {
  const title = "title" in event ? `”${event.title}”` : "";
  const time = "startsAt" in event && event.startsAt ? [t("mail.when", { when: when(event.startsAt) })] : [];
  switch (event.kind) {
    case "offer_made":
      return {
        body: [t("mail.offer_made.body", { title }), ...time, ...(event.replyBy ? [t("mail.replyBy", { replyBy: deadline(event.replyBy) })] : [])],
        path: "/volunteer/offers",
        link: "mail.offer_made.link",
      };
    case "offer_accepted":
      return { body: [t(`mail.offer_accepted.${event.audience}`, { title }), ...time], path: requestPath(event.audience, event.requestId), link: "mail.openRequest" };
    case "offer_declined":
    case "offer_expired":
      return { body: [t(`mail.${event.kind}.body`, { title }), ...time], path: requestPath("coordinator", event.requestId), link: "mail.openRequest" };
    case "request_cancelled":
      return { body: [t("mail.request_cancelled.body", { title }), ...time], path: "/volunteer/offers", link: "mail.openOffers" };
    case "assignment_changed":
      return {
        body: [t("mail.assignment_changed.body", { title, status: t(`assignments.status.${event.status}`) }), ...time],
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
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function composeMail(event: MailEvent, { locale, baseUrl }: { locale: Locale; baseUrl: string }): ComposedMail {
  const t = (key: MessageKey, vars?: Record<string, string>) => translate(locale, key, vars);
  const p = parts(event, t, { when: (iso) => formatDateTime(iso, locale), deadline: (iso) => formatDeadline(iso, locale) });
  const greeting = p.greetingName ? t("mail.greetingName", { name: p.greetingName }) : t("mail.greeting");
  const url = `${baseUrl}${p.path}`;
  const label = t(p.link);
  const footer = t("mail.footer");
  // One line, whatever the title holds: it goes into a mail header.
  const subject = t(`mail.${event.kind}.subject` as MessageKey, { title: "title" in event ? event.title : "" }).replace(/\s+/g, " ");
  const text = [greeting, "", ...p.body, "", `${label}: ${url}`, "", "--", footer, ""].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...p.body.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`,
    `<hr><p><small>${escapeHtml(footer)}</small></p>`,
  ].join("\n");
  return { kind: event.kind, subject, text, html };
}
