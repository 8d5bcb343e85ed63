// A coordinator uploads a history file with an error, sees it by line, fixes it, previews and commits; sets up more of the
// region and imports people whose new experience areas are created only with the box ticked, then a patient supporter's
// contacts; axe-clean at 375 px.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, signInAsDemo, watchConsole } from "./server";

const e2e = serverAndBrowser();

const HEADER = "email;role;care_unit;offered_on;start;end;status";
const GOOD_ROW = "volontar@example.se;peer;Vårdcentralen Eksjö;2023-03-01;2023-03-26T10:00;2023-03-26T12:00;completed";
const BAD_ROW = "volontar@example.se;book;Vårdcentralen Eksjö;2023-04-01;;;klar";
const FIXED_ROW = "volontar@example.se;book;Vårdcentralen Eksjö;2023-04-01;;;declined";

describe("CSV import", () => {
  it("shows a bad row by its line, then previews and commits the fixed file", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const check = async (name: string) => {
      expect(await seriousViolations(page), name).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `import-${name}-375.png`), fullPage: true });
    };
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");

    await page.goto(`${e2e.server.baseUrl}/admin/import`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Importera från CSV");
    await check("upload");

    const upload = async (rows: string[]) => {
      await page.getByRole("radio", { name: "Historik" }).check();
      await page.getByLabel("CSV-fil").setInputFiles({ name: "historik.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`) });
      await page.getByRole("button", { name: "Förhandsgranska" }).click();
    };
    await upload([GOOD_ROW, BAD_ROW]);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("1 fel hittades. Inget har sparats.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    const issueRow = page.getByRole("table", { name: "Fel i filen" }).getByRole("row").nth(1);
    expect(await issueRow.getByRole("cell").allTextContents()).toEqual(["3", "status: ”klar” – status är declined, expired, withdrawn, booked, completed, cancelled eller no_show."]);
    await check("errors");

    await upload([GOOD_ROW, FIXED_ROW]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Historik");
    const counts = page.getByRole("table", { name: "Antal" });
    expect(await counts.getByRole("row", { name: /Nya erbjudanden/ }).getByRole("cell").textContent()).toBe("2");
    await check("preview");

    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Importen är klar");
    expect(await page.getByRole("status").getByRole("row", { name: /Nya erbjudanden/ }).getByRole("cell").textContent()).toBe("2");
    await check("done");

    // The same file again is recognised row by row and writes nothing.
    await upload([GOOD_ROW, FIXED_ROW]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Historik");
    expect(await page.getByRole("row", { name: /Redan importerade/ }).getByRole("cell").textContent()).toBe("2");

    // The imported year is a baseline the goal dashboard now counts.
    await page.goto(`${e2e.server.baseUrl}/coordinator?year=2023`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Mål och läge 2023");
    const peers = page.getByRole("region", { name: "Peer-uppdrag" });
    expect(await peers.locator(".goal-figure strong").textContent()).toBe("1");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });

  it("adds care areas and municipalities, then people whose new experience areas the coordinator chooses to create", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const check = async (name: string) => {
      expect(await seriousViolations(page), name).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `import-${name}-375.png`), fullPage: true });
    };
    const upload = async (kind: string, name: string, text: string) => {
      await page.getByRole("radio", { name: kind }).check();
      await page.getByLabel("CSV-fil").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
      await page.getByRole("button", { name: "Förhandsgranska" }).click();
    };
    const count = (row: RegExp) => page.getByRole("table", { name: "Antal" }).first().getByRole("row", { name: row }).getByRole("cell").textContent();
    await signInAsDemo(page, e2e.server.baseUrl, "coordinator");
    await page.goto(`${e2e.server.baseUrl}/admin/import`);
    expect(await page.getByRole("heading", { name: "Region (sjukvårdsområden och kommuner)", level: 3 }).count()).toBe(1);
    expect(await page.getByText("Rubrikrad: care_area,municipality").count()).toBe(1);

    await upload("Region (sjukvårdsområden och kommuner)", "region.csv", "care_area;municipality\nNorrdalen;Lövskog\nNorrdalen;Björkvik\nHöglandet;Eksjö\n");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Region (sjukvårdsområden och kommuner)");
    expect(await count(/Nya sjukvårdsområden/)).toBe("1");
    expect(await count(/Nya kommuner/)).toBe("2");
    expect(await count(/Oförändrade kommuner/)).toBe("1");
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Importen är klar");

    const people = [
      "email,name,roles,title,experience,municipality,languages,joined_on,left_on,trained_on",
      "ny.person@example.se,Ny Person,book,Att leva med tinnitus,Tinnitus|CANCER,Lövskog,sv,2025-01-15,,2025-02-01",
      "ny.stodjare@example.se,Ny Stödjare,patientstödjare,,,Lövskog,sv,2025-01-15,,",
    ].join("\n");
    await upload("Personer", "personer.csv", people);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Personer");
    const newAreas = page.getByRole("region", { name: "Nya erfarenhetsområden" });
    expect(await newAreas.getByRole("listitem").allTextContents()).toEqual(["Tinnitus"]);
    const box = page.getByRole("checkbox", { name: "Skapa de nya erfarenhetsområdena" });
    expect(await box.isChecked()).toBe(false);
    await check("people-preview");

    // Without the box the import stops with the same error the command line gives.
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("1 fel hittades. Inget har sparats.");
    expect(await page.getByRole("table", { name: "Fel i filen" }).textContent()).toContain("erfarenhetsområdet ”Tinnitus” finns inte");

    await upload("Personer", "personer.csv", people);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Personer");
    await box.check();
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Importen är klar");
    expect(await page.getByRole("region", { name: "Nya erfarenhetsområden" }).getByRole("listitem").allTextContents()).toEqual(["Tinnitus"]);
    await check("people-done");

    // The supporter's contacts: one with a unit the file places by its municipality column, the same file twice.
    expect(await page.getByText("Rubrikrad: email,care_unit,contacted_on,kind[,municipality]").count()).toBe(1);
    const contacts = "email;care_unit;contacted_on;kind;municipality\r\nny.stodjare@example.se;Hälsocentralen Norr;2025-03-01;besök;Björkvik\r\nny.stodjare@example.se;Hälsocentralen Norr;2025-04-01;telefon;\r\n";
    await upload("Kontakter (patientstödjare)", "kontakter.csv", contacts);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Kontakter (patientstödjare)");
    expect(await count(/Nya kontakter/)).toBe("2");
    expect(await count(/Nya vårdenheter/)).toBe("1");
    await check("contacts-preview");
    await page.getByRole("button", { name: "Importera" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Importen är klar");
    await check("contacts-done");
    await upload("Kontakter (patientstödjare)", "kontakter.csv", contacts);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Förhandsgranskning: Kontakter (patientstödjare)");
    expect(await count(/Kontakter som redan fanns/)).toBe("2");

    await page.goto(`${e2e.server.baseUrl}/admin/areas`);
    expect(await page.getByText("Tinnitus", { exact: true }).count()).toBeGreaterThan(0);
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});
