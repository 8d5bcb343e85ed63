// What checking an import file against the database yields: the counts to show, and the writes to run on commit.
import type { ImportCounts, MovedMunicipality } from "~/domain/csv-import/formats";
import type { DB } from "~/utils/db.server";

export interface ImportPlan {
  counts: ImportCounts;
  newAreas?: string[];
  moved?: MovedMunicipality[];
  /** Work that needs no lock on the database (filling a temporary table), done before the write transaction begins. */
  stage?: (db: DB) => Promise<void>;
  /** The writes, inside the one short write transaction. */
  write: (trx: DB, now: Date, actorUserId: number | null) => Promise<void>;
  /** Clears what `stage` left on the connection, whether the write ran or not. */
  discard?: (db: DB) => Promise<void>;
}

export function emptyCounts(rows: number): ImportCounts {
  return { rows, created: 0, updated: 0, unchanged: 0, skipped: 0, careUnitsCreated: 0, careAreasCreated: 0, moved: 0, areasCreated: 0 };
}

/** Slices small enough for SQLite's limit on bound parameters, even for the widest insert. */
export function chunks<T>(items: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
