// Issue I, tried as an attacker against the real production server: bodies that used to kill it, methods and
// content types that used to give a 500, an open redirect after sign-in, and caching of signed-in pages.
import { serverAndBrowser, signInOverHttp, watchConsole } from "./server";

const e2e = serverAndBrowser();
const PASSWORD = "levande-demo-2026";

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(`${e2e.server.baseUrl}${path}`, {
    method: "POST",
    body,
    headers: { Origin: e2e.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded", ...headers },
    redirect: "manual",
  });
}

const alive = async () => (await fetch(`${e2e.server.baseUrl}/healthz`)).status;

describe("hostile requests against the production server", () => {
  it("refuses a 6 MB body of tiny fields and a 60 MB body with 413, and keeps running", async () => {
    const tiny = await post("/login?index", "a=1&".repeat(1_600_000));
    expect(tiny.status).toBe(413);
    expect(await tiny.text()).toContain("för stort");
    const huge = await post("/login?index", new Uint8Array(60 * 1024 * 1024).fill(0x61));
    expect(huge.status).toBe(413);
    expect(await alive()).toBe(200);
  });

  it("counts a chunked body without a length as it arrives", async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 200; i++) controller.enqueue(new TextEncoder().encode("a=".padEnd(1024, "x") + "&"));
        controller.close();
      },
    });
    const response = await fetch(`${e2e.server.baseUrl}/login?index`, {
      method: "POST",
      body: chunks,
      headers: { Origin: e2e.server.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await alive()).toBe(200);
  });

  it("answers malformed requests with a Swedish 4xx, never a 500", async () => {
    const cookie = await signInOverHttp(e2e.server, "volontar@example.se", PASSWORD);
    const cases: [string, RequestInit][] = [
      ["JSON", { headers: { "Content-Type": "application/json" }, body: "{}" }],
      ["text/plain", { headers: { "Content-Type": "text/plain" }, body: "email=x" }],
      ["multipart without boundary", { headers: { "Content-Type": "multipart/form-data" }, body: "x" }],
      ["no content type", { headers: {}, body: "x" }],
    ];
    for (const path of ["/login", "/volunteer/offers"]) {
      for (const [name, init] of cases) {
        const response = await fetch(`${e2e.server.baseUrl}${path}`, {
          method: "POST",
          ...init,
          headers: { Origin: e2e.server.baseUrl, Cookie: cookie, ...(init.headers as Record<string, string>) },
          redirect: "manual",
        });
        expect(response.status, `${path} ${name}`).toBeGreaterThanOrEqual(400);
        expect(response.status, `${path} ${name}`).toBeLessThan(500);
      }
    }
    const trace = await fetch(`${e2e.server.baseUrl}/`, { method: "TRACE" } as RequestInit).catch(() => null);
    if (trace) expect(trace.status).toBe(405);
    const put = await fetch(`${e2e.server.baseUrl}/login`, { method: "PUT", body: "x", headers: { Origin: e2e.server.baseUrl } });
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
  });

  it("refuses NUL, escape sequences and bidi overrides in a form before the app stores them", async () => {
    for (const value of ["a%00b", "%1B%5B31mr%C3%B6d", "gnp%E2%80%AEexe.png", "%C3%28"]) {
      const response = await post("/login", `email=${value}&password=x`);
      expect(response.status, value).toBe(400);
    }
  });

  it("never redirects off-site after sign-in, and a CR/LF in redirectTo is no 500 but the normal start page", async () => {
    for (const redirectTo of ["/\t/evil.example/x", "//evil.example", "/\\evil.example", "/x\r\nSet-Cookie: a=b"]) {
      const response = await post("/login", new URLSearchParams({ email: "volontar@example.se", password: PASSWORD, redirectTo }).toString());
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe("/volunteer");
    }
  });

  it("lands on our own page in Chromium after a sign-in from a crafted link", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${e2e.server.baseUrl}/login?redirectTo=%2F%09%2Fevil.example%2Fphish`);
    await page.getByLabel("E-postadress").fill("volontar@example.se");
    await page.getByLabel("Lösenord").fill(PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${e2e.server.baseUrl}/volunteer`);
    expect(new URL(page.url()).host).toBe(new URL(e2e.server.baseUrl).host);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps signed-in pages and their data out of every cache", async () => {
    const cookie = await signInOverHttp(e2e.server, "volontar@example.se", PASSWORD);
    for (const path of ["/volunteer", "/volunteer/assignments", "/volunteer.data", "/volunteer/profile.data?_routes=routes%2Fvolunteer.profile"]) {
      const response = await fetch(`${e2e.server.baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
    const over = await fetch(`${e2e.server.baseUrl}/volunteer`, { headers: { Cookie: cookie, "X-Forwarded-Proto": "https" }, redirect: "manual" });
    expect(over.headers.get("strict-transport-security")).toBeNull();
  });
});
