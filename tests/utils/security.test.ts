import { safeRedirect } from "~/utils/auth.server";
import { contentSecurityPolicy, isCrossSiteWrite } from "~/utils/security.server";

describe("cross-site write check", () => {
  const base = { host: "levande.example.se", origin: undefined, secFetchSite: undefined };
  it.each([
    [{ ...base, method: "GET", origin: "https://evil.example" }, false],
    [{ ...base, method: "POST", origin: "https://levande.example.se" }, false],
    [{ ...base, method: "POST", origin: "https://evil.example" }, true],
    [{ ...base, method: "POST", origin: "null" }, true],
    [{ ...base, method: "POST", secFetchSite: "cross-site" }, true],
    [{ ...base, method: "DELETE", secFetchSite: "same-site" }, true],
    [{ ...base, method: "POST", secFetchSite: "same-origin", origin: "https://levande.example.se" }, false],
    [{ ...base, method: "POST" }, false],
  ])("%j → cross-site: %s", (input, expected) => {
    expect(isCrossSiteWrite(input)).toBe(expected);
  });
});

describe("safe redirects after sign-in", () => {
  it.each([
    ["/volunteer", "/volunteer"],
    ["/admin/users?x=1", "/admin/users?x=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [null, "/"],
  ])("%j → %s", (to, expected) => {
    expect(safeRedirect(to, "/")).toBe(expected);
  });
});

describe("content security policy", () => {
  it("allows only our scripts and the nonce, and forbids framing, plugins and base changes", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-inline");
  });
});
