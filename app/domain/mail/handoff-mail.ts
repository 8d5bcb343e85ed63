// The e-mails that carry a hand-off between the unit, the volunteer and the coordinator (issue J): what happened, the
// details, what happens next. Pure: the facts come in the event, the calendar file is rendered by the outbox.
import type { Compensation } from "../offer-rules";
import type { MessageKey } from "~/i18n";
import type { Formats, Parts } from "./templates";
import type { Audience, Format, Role, UnitKind } from "../vocabulary";

/** Where it takes place, as a mail says it. */
export interface MailPlace {
  isDigital: boolean;
  municipality: string | null;
  address: string | null;
}

/** The assignment as the calendar feed has it (same fields as FeedAssignment), so the invitation is the feed's event. */
export interface CalendarEntry {
  id: number;
  starts_at: string;
  ends_at: string;
  status: "booked" | "completed" | "cancelled";
  sequence: number;
  title: string;
  is_digital: number;
  address: string | null;
  municipality: string | null;
  care_unit: string;
  updated_at: string;
}

export interface MailCalendar {
  method: "REQUEST" | "CANCEL";
  entry: CalendarEntry;
}

export type HandoffEvent =
  | { kind: "request_received"; title: string; requestId: number; role: Role; format: Format; place: MailPlace; slots: { startsAt: string; endsAt: string }[] }
  | {
      kind: "offer_made";
      title: string;
      unitKind: UnitKind;
      place: MailPlace;
      startsAt: string | null;
      minutes: number;
      role: Role;
      compensation: Compensation;
      replyBy: string | null;
    }
  | {
      kind: "booking_confirmed";
      audience: "volunteer";
      title: string;
      unitName: string;
      place: MailPlace;
      startsAt: string;
      minutes: number;
      contactName: string;
      contactPhone: string;
      format: Format;
      audienceKind: Audience;
      audienceSize: number;
      assignmentId: number;
      calendar: MailCalendar;
    }
  | {
      kind: "booking_confirmed";
      audience: "unit";
      title: string;
      startsAt: string;
      minutes: number;
      firstName: string;
      role: Role;
      cardTitle: string;
      presentation: string;
      /** Whether the coming person is the one the unit asked for; null when they asked for nobody in particular. */
      wished: boolean | null;
      requestId: number;
      calendar: MailCalendar;
    }
  | { kind: "offer_taken"; title: string; startsAt: string | null }
  | { kind: "offer_withdrawn"; title: string; startsAt: string | null }
  | { kind: "cant_come_confirmed"; title: string; startsAt: string; reason: string; assignmentId: number; calendar?: MailCalendar }
  | { kind: "request_cancelled"; title: string; startsAt: string | null; how: "withdrawn" | "cancelled"; reason: string | null; calendar?: MailCalendar }
  | { kind: "unit_cancelled"; title: string; startsAt: string | null; reason: string | null; requestId: number };

type T = (key: MessageKey, vars?: Record<string, string>) => string;

/** A presentation can be long; the mail gives the start and the page the rest. */
const PRESENTATION_MAX = 300;

function place(p: MailPlace, t: T): string {
  if (p.isDigital) return t("mail.place.digital");
  const parts = [p.address, p.municipality].filter((s): s is string => Boolean(s?.trim()));
  return parts.length > 0 ? parts.join(", ") : t("mail.place.unknown");
}

function duration(minutes: number, t: T): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60);
  if (h === 0) return t("offers.duration.minutes", { m });
  return m === "0" ? t("offers.duration.hours", { h: String(h) }) : t("offers.duration.hoursMinutes", { h: String(h), m });
}

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= PRESENTATION_MAX ? flat : `${flat.slice(0, PRESENTATION_MAX - 1).trimEnd()}…`;
}

const when = (t: T, f: Formats, startsAt: string, minutes: number) => t("mail.whenFor", { when: f.when(startsAt), duration: duration(minutes, t) });

/** Parts of each hand-off mail; `title` is the request's title already quoted. */
export function handoffParts(event: HandoffEvent, title: string, t: T, f: Formats): Parts {
  const time = "startsAt" in event && event.startsAt ? [t("mail.when", { when: f.when(event.startsAt) })] : [];
  switch (event.kind) {
    case "request_received":
      return {
        body: [t("mail.request_received.body", { title })],
        details: [
          t("mail.detail.wants", { role: t(`personRole.${event.role}`) }),
          t("mail.detail.format", { format: t(`format.${event.format}`) }),
          t("mail.detail.place", { place: place(event.place, t) }),
          ...event.slots.map((s) => t("mail.detail.proposed", { when: f.when(s.startsAt) })),
        ],
        next: t("mail.request_received.next"),
        path: `/unit/requests/${event.requestId}`,
        link: "mail.openRequest",
      };
    case "offer_made": {
      const pay = event.compensation;
      return {
        body: [t("mail.offer_made.body", { title })],
        details: [
          t("mail.detail.unitKind", { kind: t(`unitKind.${event.unitKind}`) }),
          t("mail.detail.place", { place: place(event.place, t) }),
          ...(event.startsAt ? [t("mail.when", { when: f.when(event.startsAt) })] : []),
          t("mail.detail.length", { duration: duration(event.minutes, t) }),
          t("mail.detail.role", { role: t(`personRole.${event.role}`) }),
          t("mail.detail.pay", { pay: t(`offers.compensation.${pay.per}`, { rate: f.money(pay.rateSek), total: f.money(pay.totalSek) }) }),
        ],
        next: [...(event.replyBy ? [t("mail.replyBy", { replyBy: f.deadline(event.replyBy) })] : []), t("mail.offer_made.next")].join(" "),
        path: "/volunteer/offers",
        link: "mail.offer_made.link",
      };
    }
    case "booking_confirmed":
      if (event.audience === "volunteer") {
        return {
          body: [t("mail.booking_confirmed.volunteer", { title })],
          details: [
            when(t, f, event.startsAt, event.minutes),
            t("mail.detail.place", { place: place(event.place, t) }),
            t("mail.detail.unit", { unit: event.unitName }),
            t("mail.detail.contact", { name: event.contactName, phone: event.contactPhone }),
            t("mail.detail.audience", { format: t(`format.${event.format}`), audience: t(`audience.${event.audienceKind}`).toLowerCase(), size: String(event.audienceSize) }),
          ],
          next: t("mail.booking_confirmed.volunteerNext"),
          path: `/volunteer/assignments/${event.assignmentId}`,
          link: "mail.openAssignment",
        };
      }
      return {
        body: [t("mail.booking_confirmed.unit", { title })],
        details: [
          t("mail.detail.coming", { name: event.firstName }),
          t("mail.detail.card", { card: event.cardTitle, role: t(`personRole.${event.role}`) }),
          ...(event.presentation.trim() ? [t("mail.detail.presentation", { presentation: shortened(event.presentation) })] : []),
          ...(event.wished === null ? [] : [t(event.wished ? "mail.detail.wished" : "mail.detail.notWished")]),
          when(t, f, event.startsAt, event.minutes),
        ],
        next: t("mail.booking_confirmed.unitNext"),
        path: `/unit/requests/${event.requestId}`,
        link: "mail.openRequest",
      };
    case "offer_taken":
      return { body: [t("mail.offer_taken.body", { title })], details: time, next: t("mail.offer_taken.next"), path: "/volunteer/offers", link: "mail.openOffers" };
    case "offer_withdrawn":
      return { body: [t("mail.offer_withdrawn.body", { title })], details: time, next: t("mail.offer_withdrawn.next"), path: "/volunteer/offers", link: "mail.openOffers" };
    case "cant_come_confirmed":
      return {
        body: [t("mail.cant_come_confirmed.body", { title })],
        details: [...time, t("mail.detail.reason", { reason: event.reason })],
        next: t(event.calendar ? "mail.cant_come_confirmed.nextCalendar" : "mail.cant_come_confirmed.next"),
        path: `/volunteer/assignments/${event.assignmentId}`,
        link: "mail.openAssignment",
      };
    case "request_cancelled":
      return {
        body: [t(`mail.request_cancelled.${event.how}`, { title })],
        details: [...time, ...(event.reason ? [t("mail.detail.reason", { reason: event.reason })] : [])],
        next: t(event.calendar ? "mail.request_cancelled.nextCalendar" : "mail.request_cancelled.next"),
        path: "/volunteer/offers",
        link: "mail.openOffers",
      };
    case "unit_cancelled":
      return {
        body: [t("mail.unit_cancelled.body", { title })],
        details: [...time, ...(event.reason ? [t("mail.detail.reason", { reason: event.reason })] : [])],
        next: t("mail.unit_cancelled.next"),
        path: `/coordinator/requests/${event.requestId}`,
        link: "mail.openRequest",
      };
  }
}
