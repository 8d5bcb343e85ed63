import { parseEnv } from "~/utils/env.server";

describe("environment", () => {
  it("has working defaults for local development", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/levande.db");
    expect(env.PORT).toBe(3000);
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("requires SESSION_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET måste vara satt/);
  });

  it("refuses a production SESSION_SECRET shorter than 32 characters", () => {
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "kort-hemlighet" })).toThrow(/minst 32 tecken/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "s".repeat(32) }).SESSION_SECRET).toBe("s".repeat(32));
  });

  it("refuses a port that is not a port", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("trusts no proxy unless told how many hops", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});

describe("the region's name", () => {
  it("is the region's own, none by default, one line without markup", () => {
    expect(parseEnv({}).REGION_NAME).toBeUndefined();
    expect(parseEnv({ REGION_NAME: "  Region Halland " }).REGION_NAME).toBe("Region Halland");
    expect(() => parseEnv({ REGION_NAME: "Region\nHalland" })).toThrow(/REGION_NAME/);
    expect(() => parseEnv({ REGION_NAME: "<b>Region</b>" })).toThrow(/REGION_NAME/);
    expect(() => parseEnv({ REGION_NAME: "x".repeat(81) })).toThrow(/REGION_NAME/);
  });
});

describe("e-mail settings", () => {
  it("write files by default, with links to the local server", () => {
    const env = parseEnv({ PORT: "4000" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:4000");
    expect(env.MAIL_FROM).toContain("@");
  });

  it("need APP_URL with SMTP_URL, and accept only smtp(s) and http(s) addresses", () => {
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.se:587" })).toThrow(/APP_URL måste vara satt/);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example.se", APP_URL: "https://levande.example.se/" }).APP_URL).toBe("https://levande.example.se");
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.se", APP_URL: "https://levande.example.se" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ APP_URL: "ftp://levande.example.se" })).toThrow(/APP_URL/);
    expect(() => parseEnv({ MAIL_FROM: "Levande\r\nBcc: x@example.se" })).toThrow(/MAIL_FROM/);
  });
});
