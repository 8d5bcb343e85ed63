import { safeRedirect } from "~/utils/auth.server";
import { contentSecurityPolicy, HSTS, isCrossSiteWrite, privacyHeaders } from "~/utils/security.server";
import { idField } from "~/domain/fields";

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
    // The userinfo part must not fool the check: this origin's host is localhost, but the comparison is exact.
    [{ ...base, method: "POST", origin: "http://evil@levande.example.se" }, true],
    [{ ...base, method: "POST", origin: "https://levande.example.se:444" }, true],
    [{ ...base, method: "POST", origin: "https://levande.example.se/path" }, true],
    [{ ...base, method: "POST", origin: "https://LEVANDE.example.se" }, false],
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
    // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" becomes "//evil.example".
    ["/\t/evil.example/x", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\nSet-Cookie: x=1", "/"],
    ["/ok\u0000", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\\\\evil.example", "/"],
    ["/volunteer#top", "/volunteer#top"],
    ["", "/"],
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

describe("ids in URLs and forms are parsed strictly", () => {
  it.each([
    ["16", 16],
    ["1", 1],
    ["999999999", 999999999],
    ["0x10", undefined],
    ["1e1", undefined],
    ["16.0", undefined],
    [" 16", undefined],
    ["016", undefined],
    ["0", undefined],
    ["-1", undefined],
    ["", undefined],
    ["1234567890", undefined],
  ])("%j → %s", (raw, expected) => {
    expect(idField().safeParse(raw).data).toBe(expected);
  });
});

describe("caching and transport headers", () => {
  it("keeps every signed-in response out of caches, whatever the route said", () => {
    for (const cookie of ["levande_session=abc", "theme=x; __Host-levande=abc.def"]) {
      expect(privacyHeaders({ cookie, secure: false, cacheControl: "private, max-age=300" })).toEqual({ "Cache-Control": "private, no-store" });
    }
  });

  it("lets anonymous responses keep their own caching, and revalidate when they set none", () => {
    expect(privacyHeaders({ cookie: undefined, secure: false, cacheControl: "private, max-age=300" })).toEqual({});
    expect(privacyHeaders({ cookie: "other=1", secure: false, cacheControl: undefined })).toEqual({ "Cache-Control": "no-cache" });
  });

  it("sends HSTS only over HTTPS", () => {
    expect(privacyHeaders({ cookie: undefined, secure: true, cacheControl: "no-store" })).toEqual({ "Strict-Transport-Security": HSTS });
  });
});
