// Cached read models start afresh after any write: through this handle, as raw SQL, or from another connection.
import { sql } from "kysely";
import { createDb } from "../../db/create-db";
import { memoByVersion } from "~/utils/cache.server";
import { db } from "~/utils/db.server";
import { insertCareUnit } from "../../db/insert-rows";

const countUnits = async (handle: typeof db extends () => infer D ? D : never) =>
  Number((await handle.selectFrom("care_units").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("memoByVersion", () => {
  it("computes once while nothing changes, and again after a write by this process or another connection", async () => {
    let computed = 0;
    const units = memoByVersion(async (handle) => {
      computed++;
      return countUnits(handle);
    });
    await insertCareUnit(db());
    expect(await units(db(), "all")).toBe(1);
    expect(await units(db(), "all")).toBe(1);
    expect(computed).toBe(1);

    await insertCareUnit(db());
    expect(await units(db(), "all")).toBe(2);
    expect(computed).toBe(2);

    await sql`delete from care_units where id = (select max(id) from care_units)`.execute(db());
    expect(await units(db(), "all")).toBe(1);

    const other = createDb(process.env.DATABASE_URL!);
    await insertCareUnit(other);
    await other.destroy();
    expect(await units(db(), "all")).toBe(2);
    expect(computed).toBe(4);
  });

  it("does not count a write that changed no row, shares concurrent computations and keeps keys apart", async () => {
    let computed = 0;
    const units = memoByVersion(async (handle, label: string) => {
      computed++;
      return `${label}:${await countUnits(handle)}`;
    });
    const [a, b] = await Promise.all([units(db(), "a", "A"), units(db(), "a", "A")]);
    expect([a, b, computed]).toEqual(["A:0", "A:0", 1]);
    await db().updateTable("care_units").set({ name: "x" }).where("id", "=", -1).execute();
    expect(await units(db(), "a", "A")).toBe("A:0");
    expect(await units(db(), "b", "B")).toBe("B:0");
    expect(computed).toBe(2);
  });

  it("keeps its value across writes to tables no read model reads: the mail queue, sessions, the audit trail", async () => {
    let computed = 0;
    const units = memoByVersion(async (handle) => {
      computed++;
      return countUnits(handle);
    });
    expect(await units(db(), "all")).toBe(0);
    const at = new Date().toISOString();
    await db()
      .insertInto("outbox")
      .values({ kind: "invite", recipient_email: "a@example.se", recipient_user_id: null, subject: "Hej", body_text: "Hej", body_html: "<p>Hej</p>", dedupe_key: "k", created_at: at, next_attempt_at: at, claimed_by: null, claimed_until: null, sent_at: null, failed_at: null, last_error: null })
      .execute();
    await db().updateTable("outbox").set({ sent_at: at }).execute();
    await db().insertInto("audit_log").values({ actor_user_id: null, entity: "test", entity_id: "1", action: "noop", details: null, at }).execute();
    await db().deleteFrom("outbox").execute();
    expect(await units(db(), "all")).toBe(0);
    expect(computed).toBe(1);
    // Any other table starts afresh, even as a table alias.
    await db().updateTable("care_units as cu").set({ name: "x" }).execute();
    await insertCareUnit(db());
    expect(await units(db(), "all")).toBe(1);
    expect(computed).toBe(2);
  });

  it("replaces a key's value when its stamp moves on, instead of keeping the old minute beside it", async () => {
    const computedFor: string[] = [];
    const byMinute = memoByVersion(
      async (_handle, minute: string) => {
        computedFor.push(minute);
        return minute;
      },
      { size: 1, stamp: (minute) => minute },
    );
    expect(await byMinute(db(), "people", "10:00")).toBe("10:00");
    expect(await byMinute(db(), "people", "10:00")).toBe("10:00");
    expect(await byMinute(db(), "people", "10:01")).toBe("10:01");
    expect(await byMinute(db(), "people", "10:01")).toBe("10:01");
    expect(await byMinute(db(), "people", "10:00")).toBe("10:00");
    expect(computedFor).toEqual(["10:00", "10:01", "10:00"]);
  });

  it("forgets a failed computation", async () => {
    let fail = true;
    const flaky = memoByVersion(async () => {
      if (fail) throw new Error("boom");
      return "ok";
    });
    await expect(flaky(db(), "k")).rejects.toThrow("boom");
    fail = false;
    expect(await flaky(db(), "k")).toBe("ok");
  });
});
