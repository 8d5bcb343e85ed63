// Each demo role signs in, sees its own navigation, passes axe, and signs out, in a real Chromium.
import path from "node:path";
import { SCREENSHOT_DIR, seriousViolations, serverAndBrowser, watchConsole } from "./server";

const PASSWORD = "levande-demo-2026";
const ROLES = [
  { role: "coordinator", email: "samordnare@example.se", home: "/coordinator", nav: ["Översikt", "Förfrågningar", "Plan", "Ej erbjudna", "Självhjälp", "Lärcafé", "Mötesplatser", "Katalog", "Personer", "Vårdenheter", "Användare", "Utkorg", "Inställningar"], heading: `Mål och läge ${new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric" }).format(new Date())}` },
  { role: "requester", email: "enhet@example.se", home: "/unit", nav: ["Vår enhet", "Katalog", "Förfrågningar", "Ny förfrågan", "Lärcafé", "Kalender"], heading: "Vår enhet" },
  {
    role: "volunteer",
    email: "volontar@example.se",
    home: "/volunteer",
    nav: ["Mina sidor", "Erbjudanden", "Öppna förfrågningar", "Uppdrag", "Pass", "Tillgänglighet", "Kalender", "Profil"],
    heading: "Mina sidor",
  },
] as const;

const e2e = serverAndBrowser();

describe("signing in as each demo role", () => {
  it("prints the demo logins when the server starts", () => {
    for (const { email } of ROLES) expect(e2e.server.output()).toContain(email);
  });

  it.each(ROLES)("$role: signs in at 375 px, sees the right nav, passes axe, signs out", async ({ role, email, home, nav, heading }) => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 812 }, locale: "sv-SE" });
    const page = await context.newPage();
    const problems = watchConsole(page);

    await page.goto(`${e2e.server.baseUrl}${home}`);
    await page.waitForURL(/\/login\?redirectTo=/);
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}${home}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);

    const links = await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link").allTextContents();
    expect(links).toEqual(nav);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${role}-375.png`), fullPage: true });

    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/`);
    await page.goto(`${e2e.server.baseUrl}${home}`);
    await page.waitForURL(/\/login/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the login page and the start page work by keyboard alone, starting with the skip link", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.baseUrl}/login`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Hoppa till innehållet");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.getByLabel("E-postadress").focus();
    await page.keyboard.type("samordnare@example.se");
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${e2e.server.baseUrl}/coordinator`);
    await page.close();
  });

  it("a wrong password shows a Swedish message in an alert, and keeps the e-mail", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.baseUrl}/login`);
    await page.getByLabel("E-postadress").fill("samordnare@example.se");
    await page.getByLabel("Lösenord").fill("fel lösenord");
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord.");
    expect(await page.getByLabel("E-postadress").inputValue()).toBe("samordnare@example.se");
    await page.close();
  });
});

describe("the shell", () => {
  it("sends a CSP with a nonce and the other security headers on documents", async () => {
    const response = await fetch(`${e2e.server.baseUrl}/login`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses a form post from another site", async () => {
    const response = await fetch(`${e2e.server.baseUrl}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40example.se&password=x",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("annan webbplats");
  });

  it("answers an unknown address with a Swedish 404 page and a link home", async () => {
    const page = await e2e.browser.newPage();
    const response = await page.goto(`${e2e.server.baseUrl}/finns/inte`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Sidan finns inte");
    expect(await page.getByRole("link", { name: "Till startsidan" }).count()).toBe(1);
    await page.close();
  });

  it("switches to English and remembers it", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.baseUrl}/login`);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.goto(`${e2e.server.baseUrl}/accessibility`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Accessibility statement");
    await page.close();
  });

  it("links the accessibility statement from the footer, and it passes axe", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/accessibility`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("answers /healthz with 200 when the database answers", async () => {
    expect((await fetch(`${e2e.server.baseUrl}/healthz`)).status).toBe(200);
  });
});
