// Every page each demo role (and a signed-out visitor) can reach by following links, at 375 px: it fits the screen,
// its text is not cut off or broken mid-word, a page about one object names it in its title, it passes axe without console errors,
// and the Nu HTML Checker finds no error in it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { nuHtmlErrors } from "./html-checker";
import { phoneFitProblems } from "./phone-fit";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

type Who = "anonymous" | "coordinator" | "requester" | "volunteer";

const SEEDS: Record<Who, string[]> = {
  anonymous: ["/", "/login", "/forgot-password", "/accessibility", "/finns-inte", `/invite/${"x".repeat(43)}`, `/reset-password/${"x".repeat(43)}`],
  coordinator: ["/coordinator", "/account/password", "/accessibility", "/finns-inte"],
  requester: ["/unit", "/account/password", "/accessibility"],
  volunteer: ["/volunteer", "/account/password", "/accessibility"],
};
/** Links that are not pages: signing out, switching language, files to download, the sign-in hand-off to the identity provider. */
const NOT_A_PAGE = /^\/(logout|language|auth\/|calendar\/|reports\/)|\.(csv|json|ics)$/;
/** Pages reached at the same route with the same query keys (a person, a request) share their markup: a few of each is enough. */
const PER_ROUTE = 2;
const MAX_PAGES = 90;
/** Pages about one object, found by the id in their address. */
const OBJECT_PAGE = /\/\d+(\/|$)/;
const NAMED_TITLE = /^[^:]+: .+ – Levande bibliotek$/;

const e2e = serverAndBrowser();
const htmlDir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-pages-"));
const savedPages = new Map<string, string>();
afterAll(() => fs.rmSync(htmlDir, { recursive: true, force: true }));

const routeKey = (url: URL) => `${url.pathname.replace(/\/\d+(?=\/|$)/g, "/:id")}?${[...url.searchParams.keys()].sort().join("&")}`;

/** Same-site page links on the page, without their #fragment. */
async function pageLinks(page: Page, baseUrl: string): Promise<URL[]> {
  const hrefs = await page.$$eval("a[href]:not([download])", (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === baseUrl && !NOT_A_PAGE.test(url.pathname))
    .map((url) => ((url.hash = ""), url));
}

/** Visits every page `who` can reach from the seeds, checks each, saves its HTML for the checker; returns the faults found. */
async function crawl(who: Who): Promise<{ visited: string[]; faults: string[] }> {
  const { baseUrl } = e2e.server;
  const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
  const page = await context.newPage();
  const consoleProblems = watchConsole(page);
  if (who !== "anonymous") await signInAsDemo(page, baseUrl, who);

  const queue = SEEDS[who].map((p) => new URL(p, baseUrl));
  const seen = new Set<string>();
  const perRoute = new Map<string, number>();
  const visited: string[] = [];
  const faults: string[] = [];
  for (let url = queue.shift(); url && visited.length < MAX_PAGES; url = queue.shift()) {
    const where = url.pathname + url.search;
    const key = routeKey(url);
    if (seen.has(where) || (perRoute.get(key) ?? 0) >= PER_ROUTE) continue;
    seen.add(where);
    perRoute.set(key, (perRoute.get(key) ?? 0) + 1);

    const consoleBefore = consoleProblems.length;
    const response = await page.goto(url.href);
    await page.waitForLoadState("networkidle");
    // A redirect lands elsewhere: the page is checked under the address it ends at, once.
    const landed = new URL(page.url());
    const at = landed.pathname + landed.search;
    if (at !== where && seen.has(at)) continue;
    seen.add(at);
    visited.push(at);
    const status = response?.status() ?? 0;
    const name = `${who} ${at}`;
    for (const problem of await phoneFitProblems(page)) faults.push(`${name}: ${problem}`);
    // A page about one thing (a person, a request, an assignment) names it in its title: "Förfrågan: … – Levande bibliotek".
    const title = await page.title();
    if (status < 400 && OBJECT_PAGE.test(landed.pathname) && !NAMED_TITLE.test(title)) faults.push(`${name}: the title "${title}" does not name the page's object`);
    for (const violation of await seriousViolations(page)) faults.push(`${name}: axe ${violation}`);
    const expectedLoadError = `status of ${status}`;
    for (const problem of consoleProblems.slice(consoleBefore)) if (status < 400 || !problem.includes(expectedLoadError)) faults.push(`${name}: console: ${problem}`);

    const html = await page.content();
    const garbled = /.{0,20}[\u0000\ufffd].{0,20}/u.exec(html);
    if (garbled) faults.push(`${name}: a garbled character in "${garbled[0]}"`);
    const file = path.join(htmlDir, `${who}-${savedPages.size}.html`);
    fs.writeFileSync(file, html);
    savedPages.set(path.basename(file), name);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `every-page-${who}-${at.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "start"}-375.png`), fullPage: true });
    queue.push(...(await pageLinks(page, baseUrl)));
  }
  await context.close();
  return { visited, faults };
}

describe("every page at phone width", () => {
  it.each<Who>(["anonymous", "coordinator", "requester", "volunteer"])(
    "as %s: each reachable page fits 375 px, cuts no text, breaks no word, passes axe",
    async (who) => {
      const { visited, faults } = await crawl(who);
      expect(visited.length, `pages visited as ${who}`).toBeGreaterThanOrEqual(who === "anonymous" ? 5 : 8);
      expect(faults).toEqual([]);
    },
    300_000,
  );

  it("a catalogue card holds its own Visa and Be om buttons, inside its box", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    await signInAsDemo(page, e2e.server.baseUrl, "requester");
    await page.goto(`${e2e.server.baseUrl}/catalogue`);
    const outside = await page.$$eval('main a[href^="/catalogue/"], main a[href^="/unit/requests/new?"]', (links) =>
      links
        .filter((link) => {
          const card = link.closest("article")?.getBoundingClientRect();
          const box = link.getBoundingClientRect();
          return !card || box.left < card.left || box.right > card.right || box.top < card.top || box.bottom > card.bottom;
        })
        .map((link) => link.getAttribute("aria-label") ?? link.textContent),
    );
    expect(outside).toEqual([]);
    expect(await page.getByRole("link", { name: /^Visa / }).count()).toBeGreaterThan(5);
    await context.close();
  });

  it("the Nu HTML Checker finds no error on any of those pages", async () => {
    expect(savedPages.size).toBeGreaterThan(30);
    const errors = await nuHtmlErrors([...savedPages.keys()].map((file) => path.join(htmlDir, file)));
    expect(errors.map((e) => e.replace(/^[^:]+/, (file) => savedPages.get(file) ?? file))).toEqual([]);
  }, 120_000);
});
