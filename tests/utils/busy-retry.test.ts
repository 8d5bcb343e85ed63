// A write that meets a locked database is retried; when it stays locked the user gets a 503 asking to try again, never a 500.
import { withBusyRetry } from "~/utils/db.server";

const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

describe("withBusyRetry", () => {
  it("retries after SQLITE_BUSY and returns the result once the lock is free", async () => {
    let attempts = 0;
    const result = await withBusyRetry(async () => {
      if (++attempts < 3) throw busy();
      return "saved";
    });
    expect(result).toBe("saved");
    expect(attempts).toBe(3);
  });

  it("answers 503 with Retry-After when the database stays locked", async () => {
    let attempts = 0;
    const thrown = await withBusyRetry(async () => {
      attempts++;
      throw busy();
    }).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { reason: "busy" }, init: { status: 503, headers: { "Retry-After": "2" } } });
    expect(attempts).toBe(6);
  });

  it("passes any other error on untouched", async () => {
    const error = new Error("constraint failed");
    await expect(withBusyRetry(async () => Promise.reject(error))).rejects.toBe(error);
  });
});
