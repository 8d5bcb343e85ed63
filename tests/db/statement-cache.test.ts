// Reused prepared statements must answer exactly as fresh ones: same rows, writes seen, streaming undisturbed.
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { withStatementCache } from "../../db/create-db";

function setup(size?: number) {
  const sqlite = new SQLite(":memory:");
  sqlite.exec("create table t (a integer)");
  let prepared = 0;
  const counting = Object.assign(Object.create(sqlite) as SQLite.Database, {
    prepare: (sql: string) => {
      prepared++;
      return sqlite.prepare(sql);
    },
  });
  const db = new Kysely<{ t: { a: number } }>({ dialect: new SqliteDialect({ database: withStatementCache(counting, size) }) });
  return { db, prepared: () => prepared };
}

describe("withStatementCache", () => {
  it("prepares a query once and still sees every write", async () => {
    const { db, prepared } = setup();
    const count = async () => Number((await db.selectFrom("t").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    expect(await count()).toBe(0);
    await db.insertInto("t").values({ a: 1 }).execute();
    await db.insertInto("t").values({ a: 2 }).execute();
    expect(await count()).toBe(2);
    expect(prepared()).toBe(2);
    await db.destroy();
  });

  it("answers a query again after a stream of it was left halfway", async () => {
    const { db } = setup();
    await db.insertInto("t").values([{ a: 1 }, { a: 2 }, { a: 3 }]).execute();
    const query = db.selectFrom("t").select("a").orderBy("a");
    for await (const row of query.stream()) {
      expect(row.a).toBe(1);
      break;
    }
    expect((await query.execute()).map((r) => r.a)).toEqual([1, 2, 3]);
    await db.destroy();
  });

  it("hands out a fresh statement while the cached one is still iterating", () => {
    const sqlite = new SQLite(":memory:");
    sqlite.exec("create table t (a integer); insert into t values (1), (2)");
    const cache = withStatementCache(sqlite);
    const first = cache.prepare("select a from t order by a") as SQLite.Statement;
    const rows = first.iterate();
    rows.next();
    const second = cache.prepare("select a from t order by a") as SQLite.Statement;
    expect(second).not.toBe(first);
    expect(second.all()).toEqual([{ a: 1 }, { a: 2 }]);
    rows.return?.();
    expect(cache.prepare("select a from t order by a")).toBe(first);
    sqlite.close();
  });

  it("keeps only the most recent statements", async () => {
    const { db, prepared } = setup(2);
    const select = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db);
    for (const n of [1, 2, 3, 1]) await select(n);
    expect(prepared()).toBe(4);
    await select(1);
    expect(prepared()).toBe(4);
    await db.destroy();
  });
});
