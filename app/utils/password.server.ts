// Password hashing with node's scrypt (OWASP parameters) and the form check of a new password against the policy.
import crypto from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";
import { passwordProblem, type PasswordOwner } from "../domain/password-policy";

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from "../domain/password-policy";

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

const newPasswordField = (owner: PasswordOwner) =>
  z.string({ error: "errors.required" }).superRefine(async (value, ctx) => {
    const problem = await passwordProblem(value, owner);
    if (problem) ctx.addIssue({ code: "custom", message: `password.${problem}` });
  });
const confirmField = () => z.string({ error: "errors.required" });
const confirmed = (v: { password: string; confirm: string }) => v.password === v.confirm;

/**
 * A new password typed twice, checked against the policy for its owner (parse with safeParseAsync).
 * Routes take it from here, a .server module, so the estimator's dictionaries never reach the browser.
 */
export const newPasswordSchema = (owner: PasswordOwner) =>
  z.object({ password: newPasswordField(owner), confirm: confirmField() }).refine(confirmed, { path: ["confirm"], error: "password.mismatch" });

/** The same with the current password, which the new one must differ from. */
export const changePasswordSchema = (owner: PasswordOwner) =>
  z
    .object({
      current: z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(1024, { error: "errors.tooLong" }),
      password: newPasswordField(owner),
      confirm: confirmField(),
    })
    .refine(confirmed, { path: ["confirm"], error: "password.mismatch" })
    .refine((v) => v.current.normalize("NFC") !== v.password.normalize("NFC"), { path: ["password"], error: "password.sameAsCurrent" });
