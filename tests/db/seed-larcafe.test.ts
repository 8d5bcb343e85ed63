// The demo's Lärcafé: a diabetes series at the demo unit with three sessions held in the seed year and three ahead
// (their book requests open on the desk), and a digital series in Värnamo; both recurring in the year for the goal.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Kysely } from "kysely";
import { createDb } from "../../db/create-db";
import { migrateToLatest } from "../../db/migrate";
import type { Database } from "../../db/schema";
import { seed } from "../../db/seed";
import { isHeld } from "../../app/domain/larcafe";
import { instantToLocal } from "../../app/domain/stockholm-time";

const NOW = new Date("2026-11-23T10:00:00Z");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "levande-seed-larcafe-"));
let db: Kysely<Database>;

beforeAll(async () => {
  db = createDb(`file:${path.join(dir, "seed.db")}`);
  await migrateToLatest(db);
  await seed(db, { now: NOW });
});

afterAll(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sessionsOf = (seriesId: number) =>
  db
    .selectFrom("larcafe_sessions")
    .innerJoin("requests", "requests.id", "larcafe_sessions.request_id")
    .select(["larcafe_sessions.starts_at", "larcafe_sessions.cancelled_at", "requests.id as request_id", "requests.status", "requests.title", "requests.wanted_role"])
    .where("series_id", "=", seriesId)
    .orderBy("larcafe_sessions.starts_at")
    .execute();

describe("the Lärcafé seed", () => {
  it("runs a diabetes café at the demo unit every four weeks: three held this year with a book, three ahead and open", async () => {
    const series = await db
      .selectFrom("larcafe_series")
      .innerJoin("care_units", "care_units.id", "larcafe_series.care_unit_id")
      .innerJoin("experience_areas", "experience_areas.id", "larcafe_series.experience_area_id")
      .select(["larcafe_series.id", "larcafe_series.digital", "care_units.name as unit", "experience_areas.name as theme", "experience_areas.id as area_id"])
      .where("larcafe_series.digital", "=", 0)
      .executeTakeFirstOrThrow();
    expect(series).toMatchObject({ unit: "Vårdcentralen Huskvarna", theme: "diabetes" });
    const sessions = await sessionsOf(series.id);
    expect(sessions).toHaveLength(6);
    const dates = sessions.map((s) => instantToLocal(new Date(s.starts_at)).date);
    expect(dates.slice(0, 3).every((d) => d.startsWith("2026-09") || d.startsWith("2026-10") || d.startsWith("2026-11"))).toBe(true);
    expect(sessions.map((s) => isHeld(s, NOW))).toEqual([true, true, true, false, false, false]);
    expect(sessions.map((s) => s.status)).toEqual(["completed", "completed", "completed", "open", "open", "open"]);
    expect(sessions.every((s) => s.wanted_role === "book")).toBe(true);
    expect(sessions[1].title).toBe("Lärcafé: Diabetes i vardagen (träff 2 av 6)");
    for (const s of sessions) {
      expect(await db.selectFrom("request_experience_areas").select("experience_area_id").where("request_id", "=", s.request_id).execute()).toEqual([{ experience_area_id: series.area_id }]);
    }
    const assignments = await db.selectFrom("assignments").select(["status", "request_id"]).where("request_id", "in", sessions.map((s) => s.request_id)).execute();
    expect(assignments.map((a) => a.status)).toEqual(["completed", "completed", "completed"]);
  });

  it("has a digital series that held at least two sessions in the seed year", async () => {
    const digital = await db.selectFrom("larcafe_series").select("id").where("digital", "=", 1).execute();
    expect(digital).toHaveLength(1);
    const held = (await sessionsOf(digital[0].id)).filter((s) => isHeld(s, NOW) && s.starts_at.startsWith("2026"));
    expect(held.length).toBeGreaterThanOrEqual(2);
  });
});
