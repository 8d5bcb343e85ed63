// The Swedish texts only coordinator and admin pages and the server use, registered when imported: by entry.server.tsx
// always, in the browser by each coordinator and admin route module, so volunteers' and units' pages do not download them.
import { registerCatalogue } from ".";
import * as goals from "./goals";
import * as importColumns from "./import-columns";
import * as imports from "./imports";
import * as mail from "./mail";
import * as matching from "./matching";
import * as outbox from "./outbox";
import * as peopleAdmin from "./people-admin";
import * as plan from "./plan";
import * as planStaff from "./plan-staff";
import * as requestDesk from "./request-desk";
import * as unitsAdmin from "./units-admin";
import * as usersAdmin from "./users-admin";

export const staffSv = {
  ...matching.sv,
  ...plan.sv,
  ...peopleAdmin.sv,
  ...unitsAdmin.sv,
  ...requestDesk.sv,
  ...goals.sv,
  ...imports.sv,
  ...outbox.sv,
  ...mail.sv,
  ...usersAdmin.sv,
  ...importColumns.sv,
  ...planStaff.sv,
};

registerCatalogue("sv", staffSv);
