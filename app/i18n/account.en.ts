// English for account.ts: the same keys as its sv, checked by the type.
import type { sv } from "./account";

export const en: Record<keyof typeof sv, string> = {
  "nav.changePassword": "Change password",
  "login.forgot": "Forgotten your password?",

  "forgot.title": "Forgotten password",
  "forgot.lead": "Enter the e-mail address you sign in with. We will send a link where you can choose a new password. The link is valid for one hour.",
  "forgot.email": "E-mail address",
  "forgot.submit": "Send link",
  "forgot.sent":
    "If we have that address, we have sent a link to it. The link is valid for one hour. If no e-mail arrives within a few minutes, look in your spam folder or check that the address is right.",
  "forgot.throttled": "Too many requests from your connection. Wait {minutes} minutes and try again.",
  "forgot.back": "Back to sign in",

  "reset.title": "Choose a new password",
  "reset.lead": "Choose a new password for {email}. When you save it you are signed out everywhere you are signed in, and signed in here.",
  "reset.submit": "Save password and sign in",
  "reset.invalidTitle": "The link does not work",
  "reset.invalid": "The link is invalid, already used or expired. It is valid for one hour and can be used only once.",
  "reset.again": "Ask for a new link",

  "account.password.title": "Change password",
  "account.password.lead": "When you change your password you are signed out on all other devices. You stay signed in here.",
  "account.password.current": "Current password",
  "account.password.wrongCurrent": "Wrong password. Enter the password you sign in with today.",
  "account.password.throttled": "Too many wrong passwords. Wait {minutes} minutes and try again.",
  "account.password.submit": "Change password",

  "notice.passwordReset": "Your new password is saved and you are signed in. All other sign-ins have been ended.",
  "notice.passwordChanged": "Your password has been changed. You have been signed out on all other devices.",

  "password.new": "New password",
  "password.confirmNew": "Repeat the new password",
  "password.hint": "At least {min} characters. A phrase of three or four unrelated words is easy to remember and hard to guess. Digits and special characters are not needed.",
  "password.sameAsCurrent": "The new password must differ from the current one.",
  "password.weak": "The password is too easy to guess. Use a longer phrase of several uncommon words, e.g. three or four unrelated words.",
  "password.weakPersonal":
    "The password is too easy to guess: it contains your name, your e-mail address or the service's name. Use a longer phrase of several uncommon words, e.g. three or four unrelated words.",
  "password.weakCommon":
    "The password is too easy to guess: it is, or resembles, one of the most common passwords. Use a longer phrase of several uncommon words, e.g. three or four unrelated words.",
  "password.weakPattern":
    "The password is too easy to guess: it is a pattern, such as a keyboard row, repeated characters or a run like abcd or 1234. Use a longer phrase of several uncommon words, e.g. three or four unrelated words.",
  "password.weakDate":
    "The password is too easy to guess: years and dates are tried early. Use a longer phrase of several uncommon words, e.g. three or four unrelated words.",
  "password.weakWords":
    "The password is too easy to guess: a single word or name is tried early. Add more words, e.g. three or four unrelated words.",

  "mail.password_reset.subject": "Choose a new password for the Living Library",
  "mail.password_reset.body": "Someone, hopefully you, asked to choose a new password for your account. The link can be used once, until {expires}.",
  "mail.password_reset.ignore": "If you did not ask for this, you can ignore this message. Your password is unchanged.",
  "mail.password_reset.link": "Choose a new password",
};
