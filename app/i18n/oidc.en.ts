// English for oidc.ts: the same keys as its sv, checked by the type.
import type { sv } from "./oidc";

export const en: Record<keyof typeof sv, string> = {
  "oidc.or": "Do you have a SITHS card or e-service card? Sign in with it instead of a password.",
  "oidc.button": "Sign in with SITHS/e-service card",
  "oidc.unknown": "There is no account for the e-mail address {email}. Ask a coordinator for an invitation.",
  "oidc.disabled": "The account for {email} is disabled. Contact a coordinator if you need it again.",
  "oidc.noEmail": "The sign-in service sent no verified e-mail address, so we cannot tell which account is yours. Sign in with e-mail and password, or contact a coordinator.",
  "oidc.failed": "Signing in with SITHS/e-service card could not be completed. Try again, or sign in with e-mail and password.",
  "oidc.unavailable": "The sign-in service is not answering right now. Try again in a while, or sign in with e-mail and password.",
};
