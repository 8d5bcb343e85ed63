// English for users-admin.ts: the same keys as its sv, checked by the type.
import type { sv } from "./users-admin";

export const en: Record<keyof typeof sv, string> = {

  "accounts.lastLogin": "Last sign-in",
  "accounts.never": "Never",
  "accounts.sessions": "Active sessions",
  "accounts.actions": "Actions",
  "accounts.manage": "Manage",
  "accounts.manageLabel": "Manage {name}",
  "accounts.disableOpen": "Disable …",
  "accounts.disableConfirm": "{name} is signed out everywhere at once and cannot sign in until the account is enabled again.",
  "accounts.disableSubmit": "Yes, disable the account",
  "accounts.disableSelf": "You cannot disable your own account.",
  "accounts.enableSubmit": "Enable the account",
  "accounts.endSessionsSubmit": "End all sessions",
  "accounts.reinviteSubmit": "Send a new invitation",
  "accounts.reinviteHint": "A new link valid for 72 hours is sent by e-mail. Earlier invitations stop working.",
  "accounts.disabled": "The account of {name} is disabled. Sessions ended: {count}.",
  "accounts.enabled": "The account of {name} is enabled again.",
  "accounts.sessionsEnded": "{name} is signed out everywhere. Sessions ended: {count}.",
  "accounts.reinvited": "A new invitation to {email} is created and sent by e-mail. Earlier invitations no longer work. The link is shown only now:",
  "accounts.errors.self": "You cannot disable your own account. Ask another coordinator if needed.",
  "accounts.errors.disabledInvite": "The account is disabled. Enable it before sending a new invitation.",

  "userCli.usage":
    'Usage:\n  npm run user -- add coordinator EMAIL "NAME"\n  npm run user -- add requester EMAIL "NAME" --unit "CARE UNIT NAME"\n  npm run user -- disable EMAIL\n  npm run user -- reset EMAIL',
  "userCli.badEmail": "Invalid e-mail address “{value}”: {message}",
  "userCli.badName": "Invalid name: {message}",
  "userCli.badAppUrl": "APP_URL is not a valid http:// or https:// address: {value}",
  "userCli.emailTaken": "There is already a user with the e-mail address {email}. Nothing was saved.",
  "userCli.unknownEmail": "There is no user with the e-mail address {email}. Nothing was changed.",
  "userCli.unitNotFound":
    "The care unit “{unit}” does not exist. The name must match exactly, including upper and lower case. Nothing was saved.\nThe care units' names are on the Care units page (/admin/units) and in the care_unit column of the history file.",
  "userCli.unitList": "Care units in the database ({count}):",
  "userCli.noUnits": "There are no care units in the database yet: import the history (npm run import -- history FILE.csv) or add them on /admin/units.",
  "userCli.more": "… and {count} more",
  "userCli.invited": "{role} {name} <{email}> is created. One-time link to choose a password (valid for 72 hours, until {expires}):",
  "userCli.invitedMail": "The link is also sent by e-mail through the outbox while the server runs.",
  "userCli.disabled": "The account {email} is disabled. Sessions ended: {count}.",
  "userCli.alreadyDisabled": "The account {email} was already disabled. Sessions ended: {count}.",
  "userCli.reset": "Link to choose a new password for {email} (valid for one hour, until {expires}, usable once):",
  "userCli.resetDisabled": "The account {email} is disabled: a reset link would not work. Nothing was changed.",
  "userCli.noDatabase": "The database file {file} does not exist. Set DATABASE_URL to the server's database, or create it with npm run db:migrate.",
  "userCli.notMigrated": "The database has no tables: run npm run db:migrate first. Nothing was saved.",
  "userCli.unreachable": "The database {database} cannot be reached: {message}. Check DATABASE_URL and that the database server is running. Nothing was saved.",
  "userCli.failed": "The command failed: {message}",
};
