// The structured log: JSON lines at the configured level, and secrets censored whatever key a caller logs them under.
import { createLogger } from "~/utils/logger.server";

function capture(settings: Parameters<typeof createLogger>[0]) {
  const lines: string[] = [];
  const log = createLogger(settings, { write: (line: string) => void lines.push(line) });
  return { log, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("logger", () => {
  it("writes one JSON object per line with level, ISO time and message", () => {
    const { log, entries } = capture({ NODE_ENV: "production", LOG_LEVEL: undefined });
    log.info({ port: 3000 }, "listening");
    expect(entries()).toEqual([{ level: 30, time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), pid: process.pid, port: 3000, msg: "listening" }]);
  });

  it("writes only what LOG_LEVEL lets through", () => {
    const { log, entries } = capture({ NODE_ENV: "production", LOG_LEVEL: "warn" });
    log.info("request");
    log.warn("not set up");
    expect(entries().map((e) => e.msg)).toEqual(["not set up"]);
  });

  it("is silent under test unless LOG_LEVEL asks for more", () => {
    expect(createLogger({ NODE_ENV: "test", LOG_LEVEL: undefined }).level).toBe("silent");
    expect(createLogger({ NODE_ENV: "test", LOG_LEVEL: "debug" }).level).toBe("debug");
    expect(createLogger({ NODE_ENV: "production", LOG_LEVEL: undefined }).level).toBe("info");
  });

  it("censors passwords, tokens, secrets and cookies", () => {
    const { log, entries } = capture({ NODE_ENV: "production", LOG_LEVEL: "info" });
    log.info({ password: "hunter2-hunter2", token: "abc", user: { password: "x", cookie: "levande=1" }, secret: "s" }, "oops");
    expect(JSON.stringify(entries())).not.toMatch(/hunter2|abc|levande=1/);
    expect(entries()[0]).toMatchObject({ password: "[redacted]", token: "[redacted]", user: { password: "[redacted]", cookie: "[redacted]" } });
  });
});
