// The operator's first-time setup of a region, in order (DESIGN.md "Going live"): shown by the server's log and the "not set up yet" page.
export const SETUP_COMMANDS = [
  "npm run db:migrate",
  "npm run import -- region REGION.csv",
  "npm run import -- people PEOPLE.csv --create-areas",
  "npm run import -- history HISTORY.csv",
  'npm run user -- add coordinator EMAIL "NAME"',
] as const;

/** Where the steps are explained. */
export const SETUP_GUIDE = "docs/operations.md";
