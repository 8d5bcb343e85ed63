// Password hashing with node's scrypt (OWASP parameters) and the form check of a new password against the policy.
import crypto from "node:crypto";
import { promisify } from "node:util";
import { data } from "@remix-run/node";
import { z } from "zod";
import { passwordProblem, type PasswordOwner } from "../domain/password-policy";
import { createSlots, SlotsFull } from "./hash-slots.server";

const scrypt = promisify(crypto.scrypt) as (
  password: crypto.BinaryLike,
  salt: crypto.BinaryLike,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

/**
 * OWASP's low-memory scrypt row: 16 MiB a hash instead of N = 2^17's 128 MiB (8 sign-ins at once took the server to
 * 631 MB), for the same work. Stored with each hash; a hash with other parameters is redone at its next sign-in.
 */
export const SCRYPT_DEFAULTS = { N: 2 ** 14, r: 8, p: 5 } as const;
const KEY_LENGTH = 32;
/**
 * Two hashes at once leave the rest of libuv's four threads to gzip and the file system; four more may wait. Running
 * plus waiting stays below the server's 8 request places (scripts/start.ts), so a burst of sign-ins gets quick 503s
 * instead of filling every place and making other pages wait behind the hashes.
 */
const slots = createSlots({ running: 2, queued: 4 });
/** A hash of a random password nobody knows: an unknown e-mail costs the same one hash as a known one. */
export const DUMMY_HASH = "scrypt$16384$8$5$kZ3p85Cv80JfxYY0ifMezQ==$TFV0KTOKfNcjIaqU953jfleqq1UwCgc3opja8B+zbxE=";

/** Runs one hash in a slot; when every slot and the queue are taken the caller gets a 503 to retry in a few seconds. */
async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await slots.run(task);
  } catch (error) {
    if (error instanceof SlotsFull) throw data({ reason: "busy", message: "error.signInBusyBody" }, { status: 503, headers: { "Retry-After": "5" } });
    throw error;
  }
}

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, type PasswordProblem } from "../domain/password-policy";

function maxmemFor(N: number, r: number) {
  return 128 * N * r * 2;
}

export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS) {
  const salt = crypto.randomBytes(16);
  const key = await inSlot(() => scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { ...params, maxmem: maxmemFor(params.N, params.r) }));
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(hash, "base64");
  const valid = Number.isSafeInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0 && params.r > 0 && params.p > 0 && params.N * params.r <= 2 ** 20;
  if (!valid) return false;
  const actual = await inSlot(() =>
    scrypt(password.normalize("NFC"), Buffer.from(salt, "base64"), expected.length, { ...params, maxmem: maxmemFor(params.N, params.r) }),
  );
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with other parameters than today's (or is not one of ours). */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  return scheme !== "scrypt" || Number(n) !== SCRYPT_DEFAULTS.N || Number(r) !== SCRYPT_DEFAULTS.r || Number(p) !== SCRYPT_DEFAULTS.p;
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
