// The password policy (OWASP ASVS 2.1): 10–128 characters after NFC, no composition rules, and a strength estimate (zxcvbn-ts) that knows the user.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** zxcvbn's 3: "safely unguessable", about 10^8 guesses, enough behind a throttled sign-in and a slow hash. */
export const PASSWORD_MIN_SCORE = 3;

/** Each problem is a message `password.<problem>` that says how to choose better. */
export type PasswordProblem = "tooShort" | "tooLong" | "weak" | "weakPersonal" | "weakCommon" | "weakPattern" | "weakDate" | "weakWords";

export interface PasswordOwner {
  name?: string | null;
  email?: string | null;
}

const SERVICE_WORDS = ["levande", "bibliotek", "region"];

// The common-language lists hold few Swedish words: the ones Swedish breach lists start with are added here.
const SWEDISH_COMMON = [
  "lösenord", "losenord", "hemlig", "hemligt", "sommar", "vinter", "hösten", "hosten", "våren", "varen", "hejhej",
  "hejsan", "välkommen", "valkommen", "sverige", "stockholm", "göteborg", "goteborg", "malmö", "jönköping", "jonkoping",
  "kärlek", "karlek", "fotboll", "mamma", "pappa", "älskling", "alskling", "vården", "sjukhus",
];

/** Characters as a person counts them: Unicode code points after NFC, so å is one whether typed composed or not. */
export function passwordLength(password: string): number {
  return [...password.normalize("NFC")].length;
}

/** What the estimator should treat as easy to guess for this user: their name and e-mail in whole and in parts, and the service. */
export function userInputs(owner: PasswordOwner): string[] {
  const inputs = new Set<string>();
  const name = owner.name?.trim().toLowerCase().normalize("NFC");
  if (name) {
    inputs.add(name);
    for (const part of name.split(/\s+/)) if (part.length > 1) inputs.add(part);
  }
  const email = owner.email?.trim().toLowerCase().normalize("NFC");
  if (email) {
    inputs.add(email);
    const local = email.split("@")[0];
    inputs.add(local);
    for (const part of local.split(/[._+-]+/)) if (part.length > 1) inputs.add(part);
  }
  for (const word of SERVICE_WORDS) inputs.add(word);
  return [...inputs];
}

/** zxcvbn's warning types (its untranslated keys), grouped into the few hints we can give in Swedish. */
const WARNING_PROBLEM: Record<string, PasswordProblem> = {
  userInputs: "weakPersonal",
  topTen: "weakCommon",
  topHundred: "weakCommon",
  common: "weakCommon",
  similarToCommon: "weakCommon",
  pwned: "weakCommon",
  straightRow: "weakPattern",
  keyPattern: "weakPattern",
  simpleRepeat: "weakPattern",
  extendedRepeat: "weakPattern",
  sequences: "weakPattern",
  recentYears: "weakDate",
  dates: "weakDate",
  wordByItself: "weakWords",
  namesByThemselves: "weakWords",
  commonNames: "weakWords",
};

interface EstimateMatch {
  dictionaryName?: string;
}

/** The hint for a weak password: the user's own details first, then our Swedish list, then zxcvbn's own warning. */
function weakness(warning: string | null, matches: EstimateMatch[]): PasswordProblem {
  if (matches.some((m) => m.dictionaryName === "userInputs")) return "weakPersonal";
  if (matches.some((m) => m.dictionaryName === "swedishCommon")) return "weakCommon";
  return (warning && WARNING_PROBLEM[warning]) || "weak";
}

let estimator: Promise<ZxcvbnFactory> | undefined;

/** The dictionaries (a few MB) load on the first check only, and only where this runs: the server. */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, swedishCommon: SWEDISH_COMMON },
        graphs: common.adjacencyGraphs,
        maxLength: PASSWORD_MAX_LENGTH,
      }),
  );
  return estimator;
}

/** Null when the password may be used, otherwise what is wrong with it. */
export async function passwordProblem(password: string, owner: PasswordOwner = {}): Promise<PasswordProblem | null> {
  // NFC never turns more than four UTF-16 units into one character: a longer string needs no counting.
  if (password.length > PASSWORD_MAX_LENGTH * 4) return "tooLong";
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const result = (await loadEstimator()).check(password.normalize("NFC"), userInputs(owner));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return weakness(result.feedback.warning, result.sequence as EstimateMatch[]);
}
