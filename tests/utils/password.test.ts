import { hashPassword, verifyPassword } from "~/utils/password.server";

const FAST = { N: 2 ** 14, r: 8, p: 1 };

describe("password hashing", () => {
  it("uses scrypt with OWASP's N = 2^17 by default and a per-user salt", async () => {
    const a = await hashPassword("korrekt häst batteri");
    const b = await hashPassword("korrekt häst batteri");
    expect(a.split("$").slice(0, 4)).toEqual(["scrypt", String(2 ** 17), "8", "1"]);
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
