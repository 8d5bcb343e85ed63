// The structured log: JSON lines through pino in production, pino-pretty's readable lines in development.
import { createRequire } from "node:module";
import pino, { type DestinationStream, type Logger } from "pino";
import { env, type Env } from "./env.server";

export type { Logger } from "pino";

/** Keys whose values never reach the log, wherever a caller puts them. */
const REDACT = ["password", "token", "secret", "cookie", "authorization", "*.password", "*.token", "*.secret", "*.cookie", "*.authorization"];

/** pino-pretty is a devDependency: absent from a production install, so it is looked up, not imported. */
function prettyStream(): DestinationStream | undefined {
  try {
    const pretty = createRequire(import.meta.url)("pino-pretty") as (options: object) => DestinationStream;
    return pretty({
      colorize: Boolean(process.stdout.isTTY),
      translateTime: "SYS:HH:MM:ss",
      // A request on one line: "request GET /catalogue 200 12.3 ms".
      messageFormat: "{msg}{if method} {method} {path} {status} {durationMs} ms{end}",
      ignore: "pid,hostname,method,path,status,durationMs",
      sync: true,
    });
  } catch {
    return undefined;
  }
}

export function createLogger(
  settings: Pick<Env, "NODE_ENV" | "LOG_LEVEL">,
  destination: DestinationStream | undefined = settings.NODE_ENV === "production" ? undefined : prettyStream(),
): Logger {
  const level = settings.LOG_LEVEL ?? (settings.NODE_ENV === "test" ? "silent" : "info");
  const options = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options, pino.destination({ dest: 1, sync: true }));
}

let instance: Logger | undefined;

/** The process's logger, configured from the environment on first use. */
export function logger(): Logger {
  instance ??= createLogger(env());
  return instance;
}
