// The plan in Chromium at phone width: weak matches start unticked with their reason, the coordinator swaps one row's
// person for the next candidate and sends; the offer goes to the person swapped in. axe clean; no console errors.
import { focusedAndVisible, pageCheck, PHONE, serverDatabase } from "./journey-helpers";
import { serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();
const check = pageCheck("plan");

describe("the plan", () => {
  it("proposes weak rows unticked, swaps one row and sends the swapped-in person", async () => {
    const context = await e2e.browser.newContext(PHONE);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");
    const weakRows = async () => {
      const bodyRows = page.getByRole("table").locator("tbody > tr");
      await expect.poll(() => bodyRows.count()).toBeGreaterThan(1);
      // Each row: ticked exactly when its own reasons cell names no weakness (a swap choice may be weak on its own).
      const states = await bodyRows.evaluateAll((trs) =>
        trs.map((tr) => ({ ticked: (tr.querySelector('input[name="row"]') as HTMLInputElement).checked, weak: tr.lastElementChild!.textContent!.includes("Svag matchning") })),
      );
      expect(states.every((r) => r.ticked === !r.weak)).toBe(true);
      return states.filter((r) => r.weak).length;
    };
    // The demo has matches without any experience area asked for: unticked at the default floor.
    await page.goto(`${e2e.server.baseUrl}/coordinator/plan`);
    expect(await weakRows()).toBeGreaterThan(0);
    expect(await page.getByText("Svag matchning: har inget av de efterfrågade erfarenhetsområdena").count()).toBeGreaterThan(0);
    await check(page, "weak");

    // A region that raises its floor sees more rows unticked, each saying so.
    await page.goto(`${e2e.server.baseUrl}/admin/settings`);
    await page.getByLabel("Lägsta poäng för förbockade rader i planen").fill("150");
    await page.getByRole("button", { name: "Spara" }).nth(1).click();
    await expect.poll(() => focusedAndVisible(page, ".notification-banner")).toBe("focused, in view");
    await check(page, "settings");
    await page.goto(`${e2e.server.baseUrl}/coordinator/plan`);
    expect(await page.getByText("Svag matchning: under 150 poäng").count()).toBeGreaterThan(0);
    await weakRows();

    // Swap the first row that has someone to swap in.
    const swap = page.locator("details.swap").filter({ has: page.locator("input[type=radio]") }).first();
    await swap.locator("summary").click();
    const group = swap.getByRole("group");
    const legend = (await group.locator("legend").textContent())!;
    const choice = group.getByRole("radio").nth(1);
    const [requestId, personId] = (await choice.getAttribute("value"))!.split(":").map(Number);
    await choice.check();
    const rowBox = page.locator(`input[name="row"][value^="${requestId}:"]`);
    await check(page, "swap-open");
    expect(legend).toMatch(/^Skicka .+ till$/);

    // Send only the swapped row.
    for (const box of await page.locator('input[name="row"]').all()) await box.uncheck();
    await rowBox.check();
    await page.getByRole("button", { name: "Skicka erbjudanden" }).click();
    await expect.poll(() => focusedAndVisible(page, ".notification-banner")).toBe("focused, in view");
    expect(await page.locator(".notification-banner").textContent()).toContain("Skickade erbjudanden: 1.");
    await check(page, "sent");
    const offered = serverDatabase(e2e.server, (sqlite) => sqlite.prepare("select person_id from offers where request_id = ? and status = 'pending'").pluck().all(requestId));
    expect(offered).toEqual([personId]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
