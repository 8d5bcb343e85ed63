// The plan's other parts (Lärcafé, self-help groups, meeting places, the survey) keep their texts out of every page's
// download: a route module or component that shows one imports ./plan-parts itself; only the menu and footer links are common.
import fs from "node:fs";
import path from "node:path";
import { sv as common } from "~/i18n/sv";

const KEY = /["`]((?:survey|larcafe|groups|meetingPlaces)\.[A-Za-z.]+)/g;
const IMPORT = /^import "~\/i18n\/plan-parts";$/m;
const files = ["app/routes", "app/components"].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".tsx")).map((f) => path.join(dir, f)));

describe("the plan parts' catalogue", () => {
  const showing = files.filter((file) => [...fs.readFileSync(file, "utf8").matchAll(KEY)].some(([, key]) => !(key in common)));

  it("is found in the pages that use it", () => {
    expect(showing).toEqual(expect.arrayContaining(["app/routes/enkat.$token.tsx", "app/routes/volunteer.shifts.tsx", "app/components/survey-links.tsx"]));
  });

  it.each(showing)("%s imports it, so its texts are there on first load and on navigation", (file) => {
    expect(fs.readFileSync(file, "utf8")).toMatch(IMPORT);
  });
});
