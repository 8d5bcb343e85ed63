// Every migration, in order; add a new file here and never edit one that has landed.
import type { Migration } from "kysely";
import * as domain from "./2026_11_23_01_domain";
import * as outbox from "./2026_11_23_02_outbox";
import * as goalIndexes from "./2026_11_23_03_goal_indexes";
import * as accounts from "./2026_12_06_01_accounts";
import * as handoffs from "./2026_12_06_02_handoffs";
import * as outboxCalendar from "./2026_12_06_05_outbox_calendar";
import * as raisedHands from "./2026_12_06_07_raised_hands";
import * as cardVersions from "./2026_12_06_10_card_versions";
import * as areaNamesEn from "./2026_12_06_12_area_names_en";
import * as requestNoteCodes from "./2026_12_06_25_request_note_codes";
import * as supporters from "./2026_12_06_30_supporters";
import * as selfHelpInterest from "./2026_12_06_33_self_help_interest";
import * as meetingPlaces from "./2026_12_06_34_meeting_places";
import * as selfHelpGroups from "./2026_12_06_35_self_help_groups";
import * as larcafe from "./2026_12_06_36_larcafe";
import * as selfEfficacy from "./2026_12_06_37_self_efficacy";
import * as outboxAutoRetry from "./2026_12_06_38_outbox_auto_retry";
import * as dataVersion from "./2026_12_06_39_data_version";
import * as openCallDigestStamps from "./2026_12_07_40_open_call_digest_stamps";

export const migrations: Record<string, Migration> = {
  "2026_11_23_01_domain": domain,
  "2026_11_23_02_outbox": outbox,
  "2026_11_23_03_goal_indexes": goalIndexes,
  "2026_12_06_01_accounts": accounts,
  "2026_12_06_02_handoffs": handoffs,
  "2026_12_06_05_outbox_calendar": outboxCalendar,
  "2026_12_06_07_raised_hands": raisedHands,
  "2026_12_06_10_card_versions": cardVersions,
  "2026_12_06_12_area_names_en": areaNamesEn,
  "2026_12_06_25_request_note_codes": requestNoteCodes,
  "2026_12_06_30_supporters": supporters,
  "2026_12_06_33_self_help_interest": selfHelpInterest,
  "2026_12_06_34_meeting_places": meetingPlaces,
  "2026_12_06_35_self_help_groups": selfHelpGroups,
  "2026_12_06_36_larcafe": larcafe,
  "2026_12_06_37_self_efficacy": selfEfficacy,
  "2026_12_06_38_outbox_auto_retry": outboxAutoRetry,
  "2026_12_06_39_data_version": dataVersion,
  "2026_12_07_40_open_call_digest_stamps": openCallDigestStamps,
};
