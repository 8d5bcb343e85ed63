// The operations settings: LOG_LEVEL, BACKUP_DIR, BACKUP_KEEP, WORKERS and PG_POOL_SIZE, each refused with a clear message when wrong.
import os from "node:os";
import { parseEnv } from "~/utils/env.server";

describe("operations environment", () => {
  it("keeps seven backups, backs nothing up and leaves the log level to the logger by default", () => {
    const env = parseEnv({});
    expect(env.BACKUP_KEEP).toBe(7);
    expect(env.BACKUP_DIR).toBeUndefined();
    expect(env.LOG_LEVEL).toBeUndefined();
  });

  it("takes a backup directory and how many backups to keep", () => {
    expect(parseEnv({ BACKUP_DIR: "/var/backups/levande", BACKUP_KEEP: "14" })).toMatchObject({ BACKUP_DIR: "/var/backups/levande", BACKUP_KEEP: 14 });
  });

  it.each(["0", "-1", "2.5", "sju", "366"])("refuses BACKUP_KEEP=%s", (value) => {
    expect(() => parseEnv({ BACKUP_KEEP: value })).toThrow(/BACKUP_KEEP måste vara ett heltal från 1 till 365/);
  });

  it("takes pino's levels and refuses others", () => {
    expect(parseEnv({ LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL måste vara/);
  });
});

describe("listening address", () => {
  it("listens on every interface unless HOST names one", () => {
    expect(parseEnv({}).HOST).toBeUndefined();
    expect(parseEnv({ HOST: "127.0.0.1" }).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "::1" }).HOST).toBe("::1");
  });

  it("refuses a HOST that is not an address", () => {
    expect(() => parseEnv({ HOST: "http://localhost" })).toThrow(/HOST måste vara en adress/);
  });

  it("opens 10 PostgreSQL connections per process unless PG_POOL_SIZE says otherwise, and refuses a bad one", () => {
    expect(parseEnv({}).PG_POOL_SIZE).toBe(10);
    expect(parseEnv({ PG_POOL_SIZE: "25" }).PG_POOL_SIZE).toBe(25);
    for (const value of ["0", "2.5", "tio", "101"]) expect(() => parseEnv({ PG_POOL_SIZE: value })).toThrow(/PG_POOL_SIZE måste vara ett heltal från 1 till 100/);
  });

  it("runs one worker per core unless WORKERS says otherwise", () => {
    expect(parseEnv({}).WORKERS).toBe(os.availableParallelism());
    expect(parseEnv({ WORKERS: "3" }).WORKERS).toBe(3);
  });

  it.each(["0", "-1", "1.5", "två", "65"])("refuses WORKERS=%s", (value) => {
    expect(() => parseEnv({ WORKERS: value })).toThrow(/WORKERS måste vara ett heltal från 1 till 64/);
  });
});
