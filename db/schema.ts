// The Database interface Kysely types every query against; one XTable per table of the migrations.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { RequestNoteCode } from "../app/domain/request-notes";
import type { AssignmentStatus, Audience, CancelledBy, ContactKind, ExceptionKind, FeedbackAuthor, Format, GroupStatus, Locale, OfferCloseReason, OfferStatus, PersonRole, PersonStatus, ReminderKind, RequestStatus, Role, SurveyOccasion, SurveySource, TrainingKind, UnitKind, UserRole } from "../app/domain/vocabulary";

/** 0 or 1: SQLite has no boolean type and PostgreSQL will get a smallint. */
type Flag = ColumnType<number, number | undefined, number>;

export interface SettingTable { key: string; value: string }
export interface CareAreaTable { id: Generated<number>; name: string }
export interface MunicipalityTable { id: Generated<number>; name: string; care_area_id: number }
export interface CareUnitTable {
  id: Generated<number>;
  name: string;
  municipality_id: number;
  kind: UnitKind;
  created_at: string;
}

export interface PersonTable {
  id: Generated<number>;
  name: string;
  alias: string | null;
  email: string | null;
  phone: string | null;
  joined_on: string;
  left_on: string | null;
  status: ColumnType<PersonStatus, PersonStatus | undefined>;
  paused_until: string | null;
  serves_digital: Flag;
  max_per_month: ColumnType<number, number | undefined, number>;
  anonymised_at: string | null;
  /** When a coordinator published the card in the catalogue; null while it waits for approval. */
  approved_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** Wants the weekly e-mail of new open requests that fit (the open call); on until they turn it off. */
  open_call_digest: Flag;
  /** Bumped by triggers whenever anything the person's catalogue card shows changes (migration card_versions). */
  card_version: ColumnType<number, never, never>;
  created_at: string;
  updated_at: string;
}

export interface PersonRoleTable { person_id: number; role: PersonRole; title: string; presentation: ColumnType<string, string | undefined> }
export interface ExperienceAreaTable {
  id: Generated<number>;
  name: string;
  /** Shown on English pages; null falls back to the Swedish name (migration area_names_en). */
  name_en: ColumnType<string | null, string | null | undefined, string | null>;
  active: Flag;
}
export interface PersonExperienceAreaTable { person_id: number; experience_area_id: number }
export interface PersonFormatTable { person_id: number; format: Format }
export interface PersonLanguageTable { person_id: number; language: string }
export interface PersonServiceAreaTable {
  id: Generated<number>;
  person_id: number;
  care_area_id: number | null;
  municipality_id: number | null;
}
export interface TrainingRecordTable {
  id: Generated<number>;
  person_id: number;
  kind: TrainingKind;
  completed_on: string;
  note: string | null;
}
export interface AvailabilityWindowTable {
  id: Generated<number>;
  person_id: number;
  weekday: number;
  start_minute: number;
  end_minute: number;
}
export interface AvailabilityExceptionTable {
  id: Generated<number>;
  person_id: number;
  kind: ExceptionKind;
  from_date: string;
  to_date: string;
  start_minute: number | null;
  end_minute: number | null;
  note: string | null;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: UserRole;
  password_hash: string | null;
  care_unit_id: number | null;
  person_id: number | null;
  locale: ColumnType<Locale, Locale | undefined, Locale>;
  created_at: string;
  disabled_at: string | null;
  last_login_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface SessionTable { id_hash: string; user_id: number; created_at: string; expires_at: string; last_seen_at: ColumnType<string | null, string | null | undefined, string | null> }
export interface LoginFailureTable { id: Generated<number>; key: string; failed_at: string }
export interface PasswordResetTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
export interface InviteTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RequestTable {
  id: Generated<number>;
  care_unit_id: number;
  created_by: number | null;
  wanted_role: Role;
  format: Format;
  title: string;
  purpose: ColumnType<string, string | undefined>;
  audience: Audience;
  audience_size: number;
  is_digital: Flag;
  municipality_id: number | null;
  address: string | null;
  duration_minutes: number;
  contact_name: string;
  contact_phone: string;
  wished_person_id: number | null;
  status: ColumnType<RequestStatus, RequestStatus | undefined>;
  status_reason: string | null;
  submission_key: string | null;
  is_historical: Flag;
  /** 1: when an offer closes unanswered, the next best candidate is offered automatically (issue J). */
  auto_next: Flag;
  cascade_steps: ColumnType<number, number | undefined, number>;
  cascade_exhausted_at: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}
export interface RequestExperienceAreaTable { request_id: number; experience_area_id: number }
export interface RequestSlotTable { id: Generated<number>; request_id: number; starts_at: string; ends_at: string }
export interface RequestEventTable {
  id: Generated<number>;
  request_id: number;
  status: RequestStatus;
  actor_user_id: number | null;
  /** A person's own words (a reason); the system's notes are note_code, with the cascade's step in note_step. */
  note: string | null;
  note_code: ColumnType<RequestNoteCode | null, RequestNoteCode | null | undefined, RequestNoteCode | null>;
  note_step: ColumnType<number | null, number | null | undefined, number | null>;
  at: string;
}

export interface OfferTable {
  id: Generated<number>;
  request_id: number;
  slot_id: number | null;
  person_id: number;
  status: ColumnType<OfferStatus, OfferStatus | undefined>;
  offered_at: string;
  reply_by: string | null;
  responded_at: string | null;
  decline_reason: string | null;
  offered_by: number | null;
  close_reason: ColumnType<OfferCloseReason | null, OfferCloseReason | null | undefined, OfferCloseReason | null>;
  cascade_step: ColumnType<number | null, number | null | undefined, number | null>;
}
export interface AssignmentTable {
  id: Generated<number>;
  offer_id: number;
  request_id: number;
  person_id: number;
  starts_at: string;
  ends_at: string;
  status: ColumnType<AssignmentStatus, AssignmentStatus | undefined>;
  status_reason: string | null;
  hours: number | null;
  compensation_sek: number | null;
  travel_km: number | null;
  sequence: ColumnType<number, number | undefined>;
  cancelled_by: ColumnType<CancelledBy | null, CancelledBy | null | undefined, CancelledBy | null>;
  created_at: string;
  updated_at: string;
}
export interface FeedbackTable {
  id: Generated<number>;
  assignment_id: number;
  author: FeedbackAuthor;
  author_user_id: number | null;
  rating: number;
  comment: string | null;
  would_book_again: number | null;
  hours: number | null;
  travel_km: number | null;
  created_at: string;
}
export interface CalendarTokenTable {
  id: Generated<number>;
  token_hash: string;
  person_id: number | null;
  care_unit_id: number | null;
  created_at: string;
  revoked_at: string | null;
}
export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: number | null;
  entity: string;
  entity_id: string;
  action: string;
  details: string | null;
  at: string;
}
export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  recipient_email: string;
  recipient_user_id: number | null;
  subject: string;
  body_text: string;
  body_html: string;
  /** One message per key: an event or a reminder enqueued twice is sent once. */
  dedupe_key: string | null;
  created_at: string;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
  /** A calendar invitation (.ics) sent with the message, for a booking or its cancellation. */
  attachment_ics: ColumnType<string | null, string | null | undefined, string | null>;
  /** When a failed message was retried by itself after sending worked again (once; migration outbox_auto_retry). */
  auto_retried_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface ReminderOptOutTable { user_id: number; kind: ReminderKind }
/** A volunteer's "I can" for one slot of an open request (the open call); one per request and person. */
export interface RaisedHandTable { id: Generated<number>; request_id: number; person_id: number; slot_id: number; created_at: string }
/** A patient supporter's contact with a care unit (migration supporters); a local date, no free text about anyone. */
export interface SupporterContactTable {
  id: Generated<number>;
  person_id: number;
  care_unit_id: number;
  contacted_on: string;
  kind: ContactKind;
  created_at: string;
  created_by_user_id: number | null;
}

/** A theme the region lists for self-help groups (migration self_help_interest); `active` 0 hides it from the public page. */
export interface SelfHelpThemeTable {
  id: Generated<number>;
  name: string;
  name_en: string | null;
  description: ColumnType<string, string | undefined, string>;
  active: Flag;
  created_at: string;
}
/** A resident's interest in a theme at a place (a municipality, or `digital` 1): an alias and a way to reach them, no health data. */
export interface SelfHelpInterestTable {
  id: Generated<number>;
  theme_id: number;
  municipality_id: number | null;
  digital: Flag;
  alias: string;
  email: string | null;
  phone: string | null;
  consent_at: string;
  withdraw_token_hash: string;
  last_contact_at: string;
  created_at: string;
}

/** A self-help group (migration self_help_groups): a theme at a place (a municipality, or `digital` 1), opened by a starter. */
export interface SelfHelpGroupTable {
  id: Generated<number>;
  theme_id: number;
  digital: Flag;
  municipality_id: number | null;
  /** The address, or what the digital link is and how members get it. */
  meeting_place: string;
  status: GroupStatus;
  starter_person_id: number | null;
  created_at: string;
  created_by_user_id: number | null;
  ended_at: string | null;
}
/** A group's weekly two-hour meeting; `with_starter` 1 for the first four. */
export interface SelfHelpGroupMeetingTable {
  id: Generated<number>;
  group_id: number;
  number: number;
  starts_at: string;
  ends_at: string;
  with_starter: Flag;
  cancelled_at: string | null;
}
/** A resident invited to a group: the alias and contact moved from self_help_interest, in registration order. */
export interface SelfHelpGroupMemberTable {
  id: Generated<number>;
  group_id: number;
  alias: string;
  email: string | null;
  phone: string | null;
  position: number;
  invite_token_hash: string;
  invited_at: string;
  confirmed_at: string | null;
  declined_at: string | null;
  contacts_erased_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface SelfHelpAttendanceTable {
  meeting_id: number;
  member_id: number;
  present: Flag;
}

/** A care unit's Lärcafé series (migration larcafe): one theme (an experience area), at a place (municipality and address) or `digital` 1. */
export interface LarcafeSeriesTable {
  id: Generated<number>;
  title: string;
  experience_area_id: number;
  care_unit_id: number;
  digital: Flag;
  municipality_id: number | null;
  address: string | null;
  audience: Audience;
  audience_size: number;
  description: ColumnType<string, string | undefined, string>;
  contact_name: string;
  contact_phone: string;
  submission_key: string | null;
  created_at: string;
  created_by_user_id: number | null;
  ended_at: ColumnType<string | null, string | null | undefined, string | null>;
}
/** One session of a series, with the book request made for it (null only once that request is gone). */
export interface LarcafeSessionTable {
  id: Generated<number>;
  series_id: number;
  starts_at: string;
  ends_at: string;
  request_id: number | null;
  cancelled_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A meeting place such as Hjärtats hus (migration meeting_places); `active` 0 hides it from the public pages. */
export interface MeetingPlaceTable {
  id: Generated<number>;
  name: string;
  municipality_id: number;
  address: ColumnType<string, string | undefined, string>;
  description: ColumnType<string, string | undefined, string>;
  active: Flag;
  created_at: string;
}
/** A place's opening interval on a weekday (1 = Monday), in local minutes; no row is closed. */
export interface MeetingPlaceHoursTable { place_id: number; weekday: number; open_minute: number; close_minute: number }
/** An activity at a place: `once` at `starts_at`, or `weekly` on `weekday` at `start_minute` from `from_date` until `until_date`. */
export interface MeetingPlaceActivityTable {
  id: Generated<number>;
  place_id: number;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  kind: "once" | "weekly";
  starts_at: string | null;
  weekday: number | null;
  start_minute: number | null;
  from_date: string | null;
  until_date: string | null;
  duration_minutes: number;
  created_at: string;
}
/** A volunteer on duty at one occurrence (the activity and its local date). */
export interface ActivityShiftTable { id: Generated<number>; activity_id: number; occurs_on: string; person_id: number; created_at: string }
/** The visitors of one occurrence, entered (and corrected) by a volunteer on duty. */
export interface ActivityVisitorCountTable { activity_id: number; occurs_on: string; visitors: number; entered_by_person_id: number | null; entered_at: string }

/** A one-time self-efficacy survey link (migration self_efficacy): only its SHA-256; a self-help group's or a Lärcafé series'. */
export interface SurveyLinkTable {
  id: Generated<number>;
  token_hash: string;
  source: SurveySource;
  group_id: number | null;
  series_id: number | null;
  occasion: SurveyOccasion;
  created_at: string;
  used_at: string | null;
  handed_out: Flag;
}

/** A survey answer: the source and the day it came, never who or through which link. */
export interface SurveyAnswerTable {
  id: Generated<number>;
  source: SurveySource;
  score: number;
  comment: string | null;
  submitted_at: string;
}

/** When the weekly open-call digest last looked for new requests for a person, sent or not (bookkeeping: no read model reads it). */
export interface OpenCallDigestStampTable { person_id: number; looked_at: string }

export interface Database {
  care_areas: CareAreaTable;
  municipalities: MunicipalityTable;
  care_units: CareUnitTable;
  people: PersonTable;
  open_call_digest_stamps: OpenCallDigestStampTable;
  person_roles: PersonRoleTable;
  experience_areas: ExperienceAreaTable;
  person_experience_areas: PersonExperienceAreaTable;
  person_formats: PersonFormatTable;
  person_languages: PersonLanguageTable;
  person_service_areas: PersonServiceAreaTable;
  training_records: TrainingRecordTable;
  availability_windows: AvailabilityWindowTable;
  availability_exceptions: AvailabilityExceptionTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  invites: InviteTable;
  password_resets: PasswordResetTable;
  requests: RequestTable;
  request_experience_areas: RequestExperienceAreaTable;
  request_slots: RequestSlotTable;
  request_events: RequestEventTable;
  offers: OfferTable;
  assignments: AssignmentTable;
  feedback: FeedbackTable;
  calendar_tokens: CalendarTokenTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  reminder_opt_outs: ReminderOptOutTable;
  raised_hands: RaisedHandTable;
  supporter_contacts: SupporterContactTable;
  self_help_themes: SelfHelpThemeTable;
  self_help_interest: SelfHelpInterestTable;
  self_help_groups: SelfHelpGroupTable;
  self_help_group_meetings: SelfHelpGroupMeetingTable;
  self_help_group_members: SelfHelpGroupMemberTable;
  self_help_attendance: SelfHelpAttendanceTable;
  larcafe_series: LarcafeSeriesTable;
  larcafe_sessions: LarcafeSessionTable;
  meeting_places: MeetingPlaceTable;
  meeting_place_hours: MeetingPlaceHoursTable;
  meeting_place_activities: MeetingPlaceActivityTable;
  activity_shifts: ActivityShiftTable;
  activity_visitor_counts: ActivityVisitorCountTable;
  settings: SettingTable;
  survey_links: SurveyLinkTable;
  survey_answers: SurveyAnswerTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type CareUnit = Selectable<CareUnitTable>;
export type Request = Selectable<RequestTable>;
export type Offer = Selectable<OfferTable>;
export type Assignment = Selectable<AssignmentTable>;
export type OutboxMessage = Selectable<OutboxTable>;
