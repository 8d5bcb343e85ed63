// The staff catalogue: coordinator and admin pages load it themselves, other pages never do, and a key missing from what a page loaded is reported.
import fs from "node:fs";
import path from "node:path";
import type { MessageKey } from "~/i18n";

const ROUTES = path.resolve(import.meta.dirname, "../../app/routes");
const STAFF_IMPORT = /^import "~\/i18n\/staff";$/m;
const routeFiles = fs.readdirSync(ROUTES).filter((f) => /\.tsx?$/.test(f));
const rendersPage = (file: string) => /^export default /m.test(fs.readFileSync(path.join(ROUTES, file), "utf8"));
const importsStaff = (file: string) => STAFF_IMPORT.test(fs.readFileSync(path.join(ROUTES, file), "utf8"));
const isStaffRoute = (file: string) => /^(coordinator|admin|reports)\./.test(file);

describe("route modules and the staff catalogue", () => {
  const staffPages = routeFiles.filter((f) => isStaffRoute(f) && rendersPage(f));

  it("finds the coordinator and admin pages", () => {
    expect(staffPages).toEqual(expect.arrayContaining(["coordinator._index.tsx", "coordinator.plan.tsx", "admin.outbox.tsx", "admin.people._index.tsx"]));
  });

  it.each(staffPages)("%s imports the staff catalogue, so its texts are there on first load and on navigation", (file) => {
    expect(importsStaff(file)).toBe(true);
  });

  it("no other page imports it, so volunteers and units do not download it", () => {
    expect(routeFiles.filter((f) => !isStaffRoute(f) && importsStaff(f))).toEqual([]);
  });
});

describe("translate with only the common catalogue loaded, as in a volunteer's browser", () => {
  beforeEach(() => vi.resetModules());

  it("reports a staff key with console.error and shows the key instead of crashing", async () => {
    const { translate } = await import("~/i18n");
    expect(translate("sv", "goals.title" as MessageKey)).toBe("goals.title");
    expect(vi.mocked(console.error)).toHaveBeenCalledWith(expect.stringContaining("goals.title"));
    vi.mocked(console.error).mockClear();
  });

  it("reports a key no catalogue has, in English too", async () => {
    const { translate } = await import("~/i18n");
    await import("~/i18n/english");
    expect(translate("en", "no.such.key" as MessageKey)).toBe("no.such.key");
    expect(vi.mocked(console.error)).toHaveBeenCalledWith(expect.stringContaining("no.such.key"));
    vi.mocked(console.error).mockClear();
  });

  it("has the staff texts once the staff catalogue registered itself, in Swedish and in English", async () => {
    const { isMessageKey, translate } = await import("~/i18n");
    expect(isMessageKey("goals.title")).toBe(false);
    await import("~/i18n/staff");
    expect(isMessageKey("goals.title")).toBe(true);
    expect(translate("sv", "goals.title")).toBe("Mål och läge");
    await import("~/i18n/english");
    expect(translate("en", "goals.title")).toBe("Goals and progress");
  });

  it("keeps what every signed-in coordinator sees on any page in the common catalogue", async () => {
    const { translate } = await import("~/i18n");
    for (const key of ["nav.outbox", "desk.settings.nav", "login.idle", "desk.slot", "desk.detail.title", "reminders.heading"] as MessageKey[]) translate("sv", key);
    expect(vi.mocked(console.error)).not.toHaveBeenCalled();
  });
});
