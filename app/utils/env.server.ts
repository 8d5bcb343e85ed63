// Parses the environment once with zod, so a bad setting stops the server with a clear message.
import { z } from "zod";

const DEV_SECRET = "levande-dev-secret-do-not-use-in-production";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).default("file:./data/levande.db"),
    SESSION_SECRET: z.string().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Behind a TLS-terminating proxy: how many proxy hops to trust for the client's IP and https.
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    // Outgoing e-mail: without SMTP_URL messages are written as .eml files under OUTBOX_DIR (default: data/outbox).
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL måste vara en smtp:// eller smtps://-adress." }).optional(),
    // No line breaks: the value goes into a mail header.
    MAIL_FROM: z.string().regex(/^[^\r\n]*@[^\r\n]+$/, "MAIL_FROM måste vara en e-postadress, t.ex. Levande <noreply@example.se>.").default("Levande bibliotek <noreply@levande.example.se>"),
    // The address links in e-mails point to, e.g. https://levande.rjl.se.
    APP_URL: z.url({ protocol: /^https?$/, error: "APP_URL måste vara en http:// eller https://-adress." }).optional(),
    OUTBOX_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "APP_URL måste vara satt när SMTP_URL är satt: länkarna i e-posten pekar dit." });
    }
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
