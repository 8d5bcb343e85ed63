// Stage and swap for the history import: the planned rows go into a temporary table first, where writing takes no lock
// on the database, and one short transaction then copies them into the real tables with INSERT … SELECT.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { insertCareUnits, type NewUnit } from "~/models/import-care-units.server";
import { chunks } from "~/models/import-plan.server";
import type { DB } from "~/utils/db.server";
import type { AssignmentStatus, Format, OfferStatus, RequestStatus, Role } from "~/domain/vocabulary";

/** One planned history row, as the swap needs it; `seq` keeps the file's order. */
export interface StagedRow {
  seq: number;
  key: string;
  /** The care unit's name as stored (or as it will be created): unique in care_units. */
  unit_name: string;
  person_id: number;
  wanted_role: Role;
  format: Format;
  duration_minutes: number;
  request_status: RequestStatus;
  offered_at: string;
  starts_at: string | null;
  ends_at: string | null;
  offer_status: OfferStatus;
  assignment_status: AssignmentStatus | null;
  hours: number | null;
}

const STAGE = "import_history";
type StageDb = Kysely<Database & { import_history: StagedRow }>;
const withStage = (db: DB): StageDb => db.withTables<{ import_history: StagedRow }>();

/**
 * A temporary table lives on this connection only, in SQLite's temp database: filling it takes no lock on the real
 * database, so others write freely meanwhile. The app's write counter skips it, as no read model reads it.
 */
export async function stageHistory(db: DB, rows: StagedRow[]): Promise<void> {
  await dropStage(db);
  await db
    .withoutPlugins()
    .schema.createTable(STAGE)
    .temporary()
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("unit_name", "text", (c) => c.notNull())
    .addColumn("person_id", "integer", (c) => c.notNull())
    .addColumn("wanted_role", "text", (c) => c.notNull())
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("request_status", "text", (c) => c.notNull())
    .addColumn("offered_at", "text", (c) => c.notNull())
    .addColumn("starts_at", "text")
    .addColumn("ends_at", "text")
    .addColumn("offer_status", "text", (c) => c.notNull())
    .addColumn("assignment_status", "text")
    .addColumn("hours", "real")
    .execute();
  const stage = withStage(db.withoutPlugins());
  for (const part of chunks(rows, 500)) await stage.insertInto(STAGE).values(part).execute();
}

export async function dropStage(db: DB): Promise<void> {
  await db.withoutPlugins().schema.dropTable(STAGE).ifExists().execute();
}

/**
 * The swap, inside the caller's write transaction: new units, then requests, slots, events, offers and assignments,
 * each in one statement that runs inside SQLite without a round trip per row. Rows find their request by its key.
 */
export async function swapHistory(trx: DB, { units, title, at }: { units: NewUnit[]; title: string; at: string }): Promise<void> {
  await insertCareUnits(trx, units, at);
  const db = withStage(trx);
  await db
    .insertInto("requests")
    .columns([
      "care_unit_id", "wanted_role", "format", "title", "audience", "audience_size", "is_digital", "municipality_id",
      "duration_minutes", "contact_name", "contact_phone", "status", "submission_key", "is_historical", "created_at", "updated_at",
    ])
    .expression((eb) =>
      eb
        .selectFrom("import_history as h")
        .innerJoin("care_units as cu", "cu.name", "h.unit_name")
        .select((s) => [
          "cu.id", "h.wanted_role", "h.format", s.val(title).as("title"), s.val("staff").as("audience"), s.val(1).as("audience_size"),
          s.val(0).as("is_digital"), "cu.municipality_id", "h.duration_minutes", s.val("").as("contact_name"), s.val("").as("contact_phone"),
          "h.request_status", "h.key", s.val(1).as("is_historical"), "h.offered_at", s.val(at).as("updated_at"),
        ])
        .orderBy("h.seq"),
    )
    .execute();
  const withRequest = () => db.selectFrom("import_history as h").innerJoin("requests as r", "r.submission_key", "h.key");
  await db
    .insertInto("request_slots")
    .columns(["request_id", "starts_at", "ends_at"])
    .expression(withRequest().select(["r.id", "h.starts_at", "h.ends_at"]).where("h.starts_at", "is not", null).orderBy("h.seq"))
    .execute();
  await db
    .insertInto("request_events")
    .columns(["request_id", "status", "note", "at"])
    .expression(withRequest().select((s) => ["r.id", "h.request_status", s.val("import").as("note"), s.val(at).as("at")]).orderBy("h.seq"))
    .execute();
  await db
    .insertInto("offers")
    .columns(["request_id", "slot_id", "person_id", "status", "offered_at"])
    .expression(
      withRequest()
        .leftJoin("request_slots as s", "s.request_id", "r.id")
        .select(["r.id", "s.id as slot_id", "h.person_id", "h.offer_status", "h.offered_at"])
        .orderBy("h.seq"),
    )
    .execute();
  await db
    .insertInto("assignments")
    .columns(["offer_id", "request_id", "person_id", "starts_at", "ends_at", "status", "hours", "created_at", "updated_at"])
    .expression(
      withRequest()
        .innerJoin("offers as o", "o.request_id", "r.id")
        .select((s) => ["o.id", "r.id as request_id", "h.person_id", "h.starts_at", "h.ends_at", "h.assignment_status", "h.hours", s.val(at).as("created_at"), s.val(at).as("updated_at")])
        .where("h.assignment_status", "is not", null)
        .orderBy("h.seq"),
    )
    .execute();
}
