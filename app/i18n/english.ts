// The English catalogue, registered when imported: by entry.server.tsx always, by entry.client.tsx only on an English page.
import { registerCatalogue, type MessageKey } from ".";
import { en as account } from "./account.en";
import { en as accessibility } from "./accessibility.en";
import { en as assignments } from "./assignments.en";
import { en as availability } from "./availability.en";
import { en as calendar } from "./calendar.en";
import { en as catalogue } from "./catalogue.en";
import { en as commonEn } from "./en";
import { en as goals } from "./goals.en";
import { en as imports } from "./imports.en";
import { en as importColumns } from "./import-columns.en";
import { en as matching } from "./matching.en";
import { en as offers } from "./offers.en";
import { en as openCall } from "./open-call.en";
import { en as onboarding } from "./onboarding.en";
import { en as oidc } from "./oidc.en";
import { en as mail } from "./mail.en";
import { en as outbox } from "./outbox.en";
import { en as peopleAdmin } from "./people-admin.en";
import { en as plan } from "./plan.en";
import { en as planStaff } from "./plan-staff.en";
import { en as privacy } from "./privacy.en";
import { en as profile } from "./profile.en";
import { en as requestDesk } from "./request-desk.en";
import { en as requests } from "./requests.en";
import { en as setup } from "./setup.en";
import { en as selfHelp } from "./self-help.en";
import { en as groups } from "./groups.en";
import { en as meetingPlaces } from "./meeting-places.en";
import { en as larcafe } from "./larcafe.en";
import { en as survey } from "./survey.en";
import { en as supporterContacts } from "./supporter-contacts.en";
import { en as unitsAdmin } from "./units-admin.en";
import { en as usersAdmin } from "./users-admin.en";

const en: Record<MessageKey, string> = {
  ...commonEn,
  ...profile,
  ...availability,
  ...offers,
  ...assignments,
  ...calendar,
  ...catalogue,
  ...requests,
  ...matching,
  ...plan,
  ...planStaff,
  ...peopleAdmin,
  ...onboarding,
  ...unitsAdmin,
  ...requestDesk,
  ...goals,
  ...imports,
  ...outbox,
  ...mail,
  ...oidc,
  ...privacy,
  ...setup,
  ...account,
  ...usersAdmin,
  ...openCall,
  ...accessibility,
  ...importColumns,
  ...supporterContacts,
  ...selfHelp,
  ...groups,
  ...meetingPlaces,
  ...larcafe,
  ...survey,
};

registerCatalogue("en", en);
