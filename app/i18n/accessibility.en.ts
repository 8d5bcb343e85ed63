// English for accessibility.ts: the same keys as its sv, checked by the type.
import type { sv } from "./accessibility";

export const en: Record<keyof typeof sv, string> = {
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "{region} runs the Living Library. We want as many people as possible to be able to use the service. This page describes how it complies with the Swedish law on accessibility of digital public services (2018:1937), its known issues and how to report problems to us so that we can fix them.",
  "a11y.regionUnnamed": "The region",
  "a11y.statusHeading": "How accessible is the service?",
  "a11y.status": "We know that parts of the service are not fully accessible. The issues are listed below under “Content that is not accessible”.",
  "a11y.helpHeading": "What can you do if you cannot use parts of the service?",
  "a11y.help": "If you need content from the service in another format, or help to book or to answer an offer, e-mail the coordinators:",
  "a11y.reportHeading": "Report accessibility problems",
  "a11y.report": "We keep working to improve the accessibility of the service. If you find a problem not described on this page, or think that we do not meet the law's requirements, tell us so that we know the problem exists.",
  "a11y.reportLink": "E-mail {address} about a problem",
  "a11y.reportSubject": "Accessibility problem in the Living Library",
  "a11y.answer": "We answer within five working days.",
  "a11y.supervisionHeading": "Supervision",
  "a11y.supervision":
    "The Agency for Digital Government (Digg) supervises the law on accessibility of digital public services. If you are not satisfied with how we handle your feedback, you can contact Digg and tell them.",
  "a11y.supervisionLink": "Report lacking accessibility to Digg (in Swedish)",
  "a11y.technicalHeading": "Technical information about the service's accessibility",
  "a11y.technical": "The service is partially compliant with the law on accessibility of digital public services, because of the issues described below.",
  "a11y.knownHeading": "Content that is not accessible",
  "a11y.known.reflow":
    "On a narrow phone screen (375 pixels) a few pages need scrolling sideways: the coordinator's plan, the unit's list of requests and the tables of the goal dashboard (WCAG 2.1, 1.4.10 Reflow).",
  "a11y.known.charts": "The text in the charts of the coordinator's goal dashboard becomes very small on a narrow screen. The same figures are in the tables below the charts (WCAG 2.1, 1.4.4 Resize text).",
  "a11y.known.labels":
    "In the forms for weekly times and exceptions on the volunteer's “My availability” page, the time fields share ids, so a screen reader may read out the wrong label for a field (WCAG 2.1, 1.3.1 Info and relationships and 4.1.1 Parsing).",
  "a11y.known.swedishOnly": "Titles and presentations that volunteers and care units write themselves are in Swedish only, also in the English version of the service.",
  "a11y.methodHeading": "How we tested the service",
  "a11y.method":
    "We assessed the service ourselves (internal testing). Every page the browser tests visit is checked automatically with axe-core at 375 pixels wide and with the W3C Nu HTML Checker. We have also gone through the pages with the keyboard alone. The service has not yet been tested with a screen reader by someone who uses one every day.",
  "a11y.assessed": "The latest assessment was made on 6 December 2026.",
  "a11y.updated": "This statement was last updated on 6 December 2026.",
};
