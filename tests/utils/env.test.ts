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
