// Parses the environment once with zod, so a bad setting stops the server with a clear message.
import os from "node:os";
import { z } from "zod";

const DEV_SECRET = "levande-dev-secret-do-not-use-in-production";
const BACKUP_KEEP = "BACKUP_KEEP måste vara ett heltal från 1 till 365 (hur många säkerhetskopior som sparas).";
const PG_POOL_SIZE = "PG_POOL_SIZE måste vara ett heltal från 1 till 100 (anslutningar till PostgreSQL per serverprocess; standard 10).";
const WORKERS = "WORKERS måste vara ett heltal från 1 till 64 (hur många serverprocesser som delar på porten; standard en per kärna).";

type OidcEnv = { NODE_ENV: string; APP_URL?: string; OIDC_ISSUER?: string; OIDC_CLIENT_ID?: string; OIDC_CLIENT_SECRET?: string };

function checkOidc(env: OidcEnv, ctx: z.RefinementCtx) {
  const parts = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (parts.some(Boolean) && !parts.every(Boolean)) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET hör ihop: sätt alla tre eller ingen." });
  }
  if (!env.OIDC_ISSUER) return;
  const issuer = new URL(env.OIDC_ISSUER);
  if (issuer.protocol !== "https:" && (env.NODE_ENV === "production" || !isLoopbackUrl(issuer))) {
    ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OIDC_ISSUER måste vara en https://-adress (http:// går bara mot localhost, och inte i produktion)." });
  }
  if (env.NODE_ENV === "production" && !env.APP_URL) {
    ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "APP_URL måste vara satt när OIDC_ISSUER är satt: identitetsleverantören skickar tillbaka användaren till APP_URL/auth/oidc/callback." });
  }
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).default("file:./data/levande.db"),
    PG_POOL_SIZE: z.coerce.number({ error: PG_POOL_SIZE }).int({ error: PG_POOL_SIZE }).min(1, { error: PG_POOL_SIZE }).max(100, { error: PG_POOL_SIZE }).default(10),
    SESSION_SECRET: z.string().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // The address to listen on; behind a reverse proxy on the same machine 127.0.0.1, so only the proxy reaches the app.
    HOST: z.string().regex(/^[0-9A-Za-z.:[\]-]+$/, "HOST måste vara en adress att lyssna på, t.ex. 127.0.0.1 eller ::1.").optional(),
    // Behind a TLS-terminating proxy: how many proxy hops to trust for the client's IP and https.
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    // Outgoing e-mail: without SMTP_URL messages are written as .eml files under OUTBOX_DIR (default: data/outbox).
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL måste vara en smtp:// eller smtps://-adress." }).optional(),
    // No line breaks: the value goes into a mail header.
    MAIL_FROM: z.string().regex(/^[^\r\n]*@[^\r\n]+$/, "MAIL_FROM måste vara en e-postadress, t.ex. Levande <noreply@example.se>.").default("Levande bibliotek <noreply@levande.example.se>"),
    // The address links in e-mails point to, e.g. https://levande.rjl.se.
    APP_URL: z.url({ protocol: /^https?$/, error: "APP_URL måste vara en http:// eller https://-adress." }).optional(),
    OUTBOX_DIR: z.string().min(1).optional(),
    // Where the accessibility statement asks visitors to report problems (a mailto link on /accessibility).
    ACCESSIBILITY_CONTACT: z.email({ error: "ACCESSIBILITY_CONTACT måste vara en e-postadress, t.ex. levande@region.se." }).default("levande@example.se"),
    // The region that runs this server, named in every page's footer; without it the footer names only the service.
    REGION_NAME: z.string().trim().regex(/^[^\r\n<>]{1,80}$/, "REGION_NAME måste vara regionens namn på en rad, högst 80 tecken, t.ex. Region Jönköpings län.").optional(),
    // Sign-in with the region's identity provider (OpenID Connect, e.g. SITHS e-tjänstekort): all three or none.
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: "OIDC_ISSUER måste vara identitetsleverantörens adress, t.ex. https://idp.region.se." }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    // Structured logs: the lowest level written; without it info, or nothing at all under test.
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "LOG_LEVEL måste vara fatal, error, warn, info, debug, trace eller silent." }).optional(),
    // Nightly online backups: the directory (off when unset) and how many of the newest files to keep.
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_KEEP: z.coerce.number({ error: BACKUP_KEEP }).int({ error: BACKUP_KEEP }).min(1, { error: BACKUP_KEEP }).max(365, { error: BACKUP_KEEP }).default(7),
    // One Node process runs JavaScript on one core: the server forks this many workers sharing the port.
    WORKERS: z.coerce.number({ error: WORKERS }).int({ error: WORKERS }).min(1, { error: WORKERS }).max(64, { error: WORKERS }).default(os.availableParallelism()),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "APP_URL måste vara satt när SMTP_URL är satt: länkarna i e-posten pekar dit." });
    }
    checkOidc(env, ctx);
    if (env.NODE_ENV !== "production") return;
    if (!env.SESSION_SECRET) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "SESSION_SECRET måste vara satt i produktion." });
    } else if (env.SESSION_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "SESSION_SECRET måste vara minst 32 tecken lång." });
    }
  })
  .transform((env) => ({
    ...env,
    SESSION_SECRET: env.SESSION_SECRET || DEV_SECRET,
    APP_URL: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  }));

export type Env = z.infer<typeof envSchema>;

/** localhost and the loopback addresses: a plain-http identity provider is allowed there, outside production only. */
export function isLoopbackUrl(url: URL): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Felaktig konfiguration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
