// Copies a whole database into an empty one on either engine (npm run db:copy: moving a region from SQLite to
// PostgreSQL, or back): every app table with its ids and id counters, in one transaction on the target, checked before it commits.
import type { Kysely, TableMetadata } from "kysely";
import { foreignKeys, lastGeneratedId, setLastGeneratedId, setTableTriggers } from "./dialect";
import { migrateToLatest } from "./migrate";
import { migrations } from "./migrations";
import type { Database } from "./schema";

const MIGRATION_TABLE = "kysely_migration";
/** Kysely's bookkeeping and PostgreSQL's version row: the migrations make and fill them on each side. */
const NOT_COPIED = new Set([MIGRATION_TABLE, "kysely_migration_lock", "data_version"]);
/** Tables the migrations fill with defaults (migration 02: settings): the source's rows replace the target's. */
const MIGRATION_DEFAULTS = new Set(["settings"]);
/** Values per statement: well under SQLite's 32 766 and PostgreSQL's 65 535 parameters. */
const CHUNK_VALUES = 10_000;

/** Why the copy was not started: nothing was written to the target. */
export class CopyRefused extends Error {}

/** The copy disagreed with its source: it was rolled back. */
export class CopyMismatch extends Error {
  constructor(readonly differences: string[]) {
    super(differences.join("\n"));
  }
}

export interface CopiedTable {
  name: string;
  rows: number;
}

export interface CopyOptions {
  /** Further checks run inside the target's transaction before it commits: each difference found, none when equal. */
  verify?: (source: Kysely<Database>, target: Kysely<Database>) => Promise<string[]>;
}

async function migrationTable(db: Kysely<any>): Promise<TableMetadata | undefined> {
  return (await db.introspection.getTables({ withInternalKyselyTables: true })).find((table) => table.name === MIGRATION_TABLE);
}

async function refuseUnlessLatest(source: Kysely<any>): Promise<void> {
  const known = Object.keys(migrations);
  const done = (await migrationTable(source)) ? (await source.selectFrom(MIGRATION_TABLE).select("name").execute()).map((row) => row.name as string) : [];
  const unknown = done.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new CopyRefused(`Källdatabasen har migreringar som den här versionen av Levande inte känner till (${unknown.join(", ")}): kopiera med den version som migrerade den.`);
  }
  const missing = known.filter((name) => !done.includes(name));
  if (missing.length > 0) {
    throw new CopyRefused(
      `Källdatabasen är inte migrerad till senaste versionen: ${missing.length} av ${known.length} migreringar saknas (den första är ${missing[0]}). ` +
        "Migrera den först (npm run db:migrate med DATABASE_URL satt till källan) och kopiera sedan.",
    );
  }
}

/** The app's tables: those in the schema the migrations wrote to, less their bookkeeping. */
async function appTables(db: Kysely<any>): Promise<TableMetadata[]> {
  const schema = (await migrationTable(db))?.schema;
  const tables = await db.introspection.getTables();
  return tables.filter((table) => !table.isView && table.schema === schema && !NOT_COPIED.has(table.name));
}

async function rowCount(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function maxId(db: Kysely<any>, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
  return Number(row?.id ?? 0);
}

async function refuseUnlessEmpty(target: Kysely<any>, tables: TableMetadata[]): Promise<void> {
  for (const table of tables) {
    if (MIGRATION_DEFAULTS.has(table.name)) continue;
    const rows = await rowCount(target, table.name);
    if (rows > 0) throw new CopyRefused(`Måldatabasen är inte tom: tabellen ${table.name} har ${rows} rader. db:copy skriver bara till en tom databas; ingenting skrevs.`);
  }
}

/** Parents before children, by the foreign keys; a table pointing at itself gets its rows in id order. */
export function fillOrder(tables: string[], keys: { table: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { table, parent } of keys) if (table !== parent && parents.has(table) && parents.has(parent)) parents.get(table)?.add(parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...(parents.get(table) ?? [])].every((parent) => placed.has(parent)));
    if (ready.length === 0) throw new Error(`Tabellerna ${tables.filter((table) => !placed.has(table)).join(", ")} pekar på varandra i en ring: db:copy kan inte ordna dem.`);
    for (const table of ready.sort()) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}

function hasGeneratedId(table: TableMetadata): boolean {
  return table.columns.some((column) => column.name === "id" && column.isAutoIncrementing);
}

/** Copies one table in chunks: by id when it has a generated one, else in the order of all its columns. */
async function copyTable(source: Kysely<any>, target: Kysely<any>, table: TableMetadata): Promise<number> {
  const columns = table.columns.map((column) => column.name);
  const size = Math.max(1, Math.floor(CHUNK_VALUES / columns.length));
  const byId = hasGeneratedId(table);
  let copied = 0;
  let lastId = 0;
  for (;;) {
    let query = source.selectFrom(table.name).select(columns).limit(size);
    query = byId ? query.where("id", ">", lastId).orderBy("id") : columns.reduce((q, column) => q.orderBy(column), query).offset(copied);
    const rows = await query.execute();
    if (rows.length > 0) await target.insertInto(table.name).values(rows).execute();
    copied += rows.length;
    if (rows.length < size) return copied;
    lastId = Number(rows[rows.length - 1].id);
  }
}

/**
 * The card triggers (migration 10) bumped people.card_version as the card tables were filled: the source's values go
 * back (the app's types keep the column read-only, as only those triggers write it).
 */
async function restoreCardVersions(source: Kysely<any>, target: Kysely<any>): Promise<void> {
  let lastId = 0;
  for (;;) {
    const rows = await source.selectFrom("people").select(["id", "card_version"]).where("id", ">", lastId).orderBy("id").limit(CHUNK_VALUES).execute();
    const byVersion = new Map<number, number[]>();
    for (const row of rows as { id: number; card_version: number }[]) {
      const ids = byVersion.get(row.card_version);
      if (ids) ids.push(row.id);
      else byVersion.set(row.card_version, [row.id]);
    }
    for (const [version, ids] of byVersion) await target.updateTable("people").set({ card_version: version }).where("id", "in", ids).execute();
    if (rows.length < CHUNK_VALUES) return;
    lastId = rows[rows.length - 1].id;
  }
}

async function countDifferences(source: Kysely<any>, target: Kysely<any>, tables: string[]): Promise<string[]> {
  const differences: string[] = [];
  for (const table of tables) {
    const [from, to] = [await rowCount(source, table), await rowCount(target, table)];
    if (from !== to) differences.push(`Tabellen ${table} har ${from} rader i källan men ${to} i målet.`);
  }
  return differences;
}

function sameTables(source: TableMetadata[], target: TableMetadata[]): void {
  const shape = (tables: TableMetadata[]) => tables.map((table) => `${table.name}(${table.columns.map((column) => column.name).sort().join(",")})`).sort();
  const [from, to] = [shape(source), shape(target)];
  const differing = [...from.filter((table) => !to.includes(table)), ...to.filter((table) => !from.includes(table))];
  if (differing.length > 0) throw new Error(`Käll- och måldatabasen har olika tabeller trots samma migreringar: ${differing.join(" ")}`);
}

/**
 * Copies every app table of `source` into `target`, which is migrated first and must be empty. The source is read in one
 * transaction (a consistent state; a server left running on it waits) and the target written in one, rolled back on any
 * difference in row counts or from `verify`. Gives each table's row count, in the order they were filled.
 */
export async function copyDatabase(source: Kysely<Database>, target: Kysely<Database>, { verify }: CopyOptions = {}): Promise<CopiedTable[]> {
  await refuseUnlessLatest(source);
  if (await migrationTable(target)) await refuseUnlessEmpty(target, await appTables(target));
  await migrateToLatest(target);
  const sourceTables = await appTables(source);
  const targetTables = await appTables(target);
  sameTables(sourceTables, targetTables);
  const order = fillOrder(sourceTables.map((table) => table.name), await foreignKeys(target));
  const sourceTable = new Map(sourceTables.map((table) => [table.name, table]));
  const targetTable = new Map(targetTables.map((table) => [table.name, table]));
  return source
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute((from) =>
      target.transaction().execute(async (to) => {
        await refuseUnlessEmpty(to, targetTables);
        for (const name of MIGRATION_DEFAULTS) await (to as Kysely<any>).deleteFrom(name).execute();
        // Per copied card row the card triggers would update people (PostgreSQL took 2 minutes instead of 30 s at
        // national scale): off while the rows go in; the source's card versions go back after, bumping data_version.
        for (const name of order) await setTableTriggers(to, name, false);
        const copied: CopiedTable[] = [];
        for (const name of order) {
          copied.push({ name, rows: await copyTable(from, to, sourceTable.get(name) as TableMetadata) });
          if (!hasGeneratedId(targetTable.get(name) as TableMetadata)) continue;
          // The source's counter may be past its highest id (rows deleted): ids are never handed out twice.
          await setLastGeneratedId(to, name, Math.max(await maxId(from, name), await lastGeneratedId(from, name)));
        }
        for (const name of order) await setTableTriggers(to, name, true);
        await restoreCardVersions(from, to);
        const differences = [...(await countDifferences(from, to, order)), ...(verify ? await verify(from, to) : [])];
        if (differences.length > 0) throw new CopyMismatch(differences);
        return copied;
      }),
    );
}
