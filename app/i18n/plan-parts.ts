// The Swedish texts of the plan's other parts (Lärcafé, self-help groups, meeting places, the survey), registered when
// imported: by entry.server.tsx always, in the browser by the route modules and components that show them, so a page
// without them (a volunteer's availability, a unit's catalogue) does not download them. Menu and footer links are in ./sv.
import { registerCatalogue } from ".";
import * as groups from "./groups";
import * as larcafe from "./larcafe";
import * as meetingPlaces from "./meeting-places";
import * as survey from "./survey";

export const planPartsSv = {
  ...larcafe.sv,
  ...groups.sv,
  ...meetingPlaces.sv,
  ...survey.sv,
};

registerCatalogue("sv", planPartsSv);
