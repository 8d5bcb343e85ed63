import { parseEnv } from "~/utils/env.server";

const OIDC = { OIDC_ISSUER: "https://idp.region.example.se", OIDC_CLIENT_ID: "levande", OIDC_CLIENT_SECRET: "hemligt" };
const PRODUCTION = { NODE_ENV: "production", SESSION_SECRET: "s".repeat(32), APP_URL: "https://levande.region.example.se" };

describe("sign-in with the region's identity provider (OIDC settings)", () => {
  it("is off without the variables, and on with all three", () => {
    expect(parseEnv({}).OIDC_ISSUER).toBeUndefined();
    expect(parseEnv({ ...PRODUCTION, ...OIDC })).toMatchObject(OIDC);
  });

  it("refuses one or two of the three, in Swedish", () => {
    expect(() => parseEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(/alla tre eller ingen/);
    expect(() => parseEnv({ OIDC_CLIENT_ID: "levande", OIDC_CLIENT_SECRET: "hemligt" })).toThrow(/alla tre eller ingen/);
  });

  it("needs an https issuer in production, and allows http only towards localhost outside it", () => {
    expect(() => parseEnv({ ...PRODUCTION, ...OIDC, OIDC_ISSUER: "http://idp.region.example.se" })).toThrow(/OIDC_ISSUER måste vara en https:\/\/-adress/);
    expect(() => parseEnv({ ...PRODUCTION, ...OIDC, OIDC_ISSUER: "http://localhost:4000" })).toThrow(/OIDC_ISSUER måste vara en https:\/\/-adress/);
    expect(() => parseEnv({ ...OIDC, OIDC_ISSUER: "http://idp.region.example.se" })).toThrow(/OIDC_ISSUER/);
    expect(parseEnv({ ...OIDC, OIDC_ISSUER: "http://127.0.0.1:4000" }).OIDC_ISSUER).toBe("http://127.0.0.1:4000");
    expect(() => parseEnv({ ...OIDC, OIDC_ISSUER: "ftp://idp.region.example.se" })).toThrow(/OIDC_ISSUER/);
  });

  it("needs APP_URL in production, since the identity provider sends the user back there", () => {
    const { APP_URL: _, ...withoutAppUrl } = PRODUCTION;
    expect(() => parseEnv({ ...withoutAppUrl, ...OIDC })).toThrow(/APP_URL måste vara satt när OIDC_ISSUER är satt/);
  });
});
