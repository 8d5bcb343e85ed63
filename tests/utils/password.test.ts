import { hashPassword, needsRehash, verifyPassword } from "~/utils/password.server";

const FAST = { N: 2 ** 14, r: 8, p: 1 };

describe("password hashing", () => {
  it("uses OWASP's low-memory scrypt row (N = 2^14, r = 8, p = 5: 16 MiB a hash) by default and a per-user salt", async () => {
    const a = await hashPassword("korrekt häst batteri");
    const b = await hashPassword("korrekt häst batteri");
    expect(a.split("$").slice(0, 4)).toEqual(["scrypt", String(2 ** 14), "8", "5"]);
    expect(needsRehash(a)).toBe(false);
    expect(a).not.toEqual(b);
    expect(await verifyPassword("korrekt häst batteri", a)).toBe(true);
  });

  it("accepts only the right password", async () => {
    const hash = await hashPassword("rätt lösenord", FAST);
    expect(await verifyPassword("rätt lösenord", hash)).toBe(true);
    expect(await verifyPassword("rätt lösenorD", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("treats composed and decomposed å the same (Unicode normalisation)", async () => {
    const hash = await hashPassword("blåbärssoppa", FAST);
    expect(await verifyPassword("bla\u030Abärssoppa", hash)).toBe(true);
  });

  it("rejects a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$1$2$3$4$5")).toBe(false);
  });
});

describe("stored parameters", () => {
  it("asks for a new hash when a stored one used other parameters (e.g. the old N = 2^17, 128 MiB)", async () => {
    expect(needsRehash(await hashPassword("gammalt lösenord", { N: 2 ** 12, r: 8, p: 1 }))).toBe(true);
    expect(needsRehash("scrypt$131072$8$1$c2FsdA==$aGFzaA==")).toBe(true);
    expect(needsRehash("inte en hash")).toBe(true);
  });
});
