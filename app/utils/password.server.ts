// Password hashing with node's scrypt (OWASP parameters) and the rules for choosing a password.
import crypto from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

// The commonest passwords of 8+ characters (from public breach top lists); refused outright.
const COMMON_PASSWORDS = new Set([
  "12345678", "123456789", "1234567890", "password", "password1", "password123", "qwertyuiop",
  "11111111", "00000000", "iloveyou", "sunshine", "princess", "football", "baseball", "welcome1",
  "abcd1234", "qwerty123", "1q2w3e4r", "lösenord", "losenord", "lösenord1", "sommar2024",
  "sommar2025", "sommar2026", "vinter2025", "vinter2026", "hejhej123", "levande123", "levandebibliotek",
]);

function maxmemFor(N: number, r: number) {
  return 128 * N * r * 2;
}

export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { ...params, maxmem: maxmemFor(params.N, params.r) });
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(hash, "base64");
  const actual = await scrypt(password.normalize("NFC"), Buffer.from(salt, "base64"), expected.length, {
    ...params,
    maxmem: maxmemFor(params.N, params.r),
  });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

export type PasswordProblem = "tooShort" | "tooLong" | "tooCommon";

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "tooCommon";
  return null;
}
