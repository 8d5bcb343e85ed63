// English for setup.ts: the same keys as its sv, checked by the type.
import type { sv } from "./setup";

export const en: Record<keyof typeof sv, string> = {
  "setup.title": "Levande is not set up yet",
  "setup.lead": "This installation of Levande has no region and no users yet, so nobody can sign in.",
  "setup.visitor": "Are you going to use Levande? You will get an invitation by e-mail once the region's coordinators have created your account.",
  "setup.operatorHeading": "For the operator",
  "setup.operator": "Run the steps in the section “First-time setup for a region” of {guide}, in this order, on the server:",
  "setup.after": "The first coordinator gets an invitation link and signs in with it. This page goes away as soon as there is a coordinator.",
};
