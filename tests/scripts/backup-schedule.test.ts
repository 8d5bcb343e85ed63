// The nightly backup's rules: 02:30 Stockholm whatever the season, one file per day, the newest BACKUP_KEEP kept.
import { backupDate, backupFileName, backupsToDelete, needsBackupAtStart, nextBackupAt } from "../../scripts/backup-schedule";

describe("nextBackupAt", () => {
  it.each([
    // winter (UTC+1): 02:30 local is 01:30Z
    ["2026-01-15T00:00:00Z", "2026-01-15T01:30:00.000Z"],
    ["2026-01-15T01:29:59Z", "2026-01-15T01:30:00.000Z"],
    ["2026-01-15T01:30:00Z", "2026-01-16T01:30:00.000Z"],
    ["2026-01-15T12:00:00Z", "2026-01-16T01:30:00.000Z"],
    // 23:30Z on 14 Jan is already 00:30 on the 15th in Stockholm
    ["2026-01-14T23:30:00Z", "2026-01-15T01:30:00.000Z"],
    // summer (UTC+2): 02:30 local is 00:30Z
    ["2026-07-01T00:00:00Z", "2026-07-01T00:30:00.000Z"],
    ["2026-07-01T08:00:00Z", "2026-07-02T00:30:00.000Z"],
    // spring forward, 29 March 2026: 02:00–03:00 does not exist, so the run is at 03:00 local = 01:00Z
    ["2026-03-28T12:00:00Z", "2026-03-29T01:00:00.000Z"],
    // fall back, 25 October 2026: 02:30 happens twice; the first one (UTC+2) = 00:30Z
    ["2026-10-24T12:00:00Z", "2026-10-25T00:30:00.000Z"],
    ["2026-10-25T00:30:00Z", "2026-10-26T01:30:00.000Z"],
    // the year turns
    ["2026-12-31T12:00:00Z", "2027-01-01T01:30:00.000Z"],
  ])("after %s it is %s", (now, expected) => {
    expect(nextBackupAt(new Date(now)).toISOString()).toBe(expected);
  });

  it("is always in the future and never more than a day and an hour away", () => {
    for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2027-01-01T00:00:00Z"); t += 3_581_000) {
      const next = nextBackupAt(new Date(t)).getTime();
      expect(next).toBeGreaterThan(t);
      expect(next - t).toBeLessThanOrEqual(25 * 3_600_000);
    }
  });
});

describe("backup file names", () => {
  it("names a backup by its Stockholm date", () => {
    expect(backupFileName(backupDate(new Date("2026-05-31T22:30:00Z")))).toBe("levande-2026-06-01.db");
    expect(backupFileName(backupDate(new Date("2026-05-31T21:30:00Z")))).toBe("levande-2026-05-31.db");
  });

  it("runs at start only when the directory has no backup from today", () => {
    const now = new Date("2026-06-01T10:00:00Z");
    expect(needsBackupAtStart([], now)).toBe(true);
    expect(needsBackupAtStart(["levande-2026-05-31.db", "levande-2026-06-01.db.partial"], now)).toBe(true);
    expect(needsBackupAtStart(["levande-2026-05-31.db", "levande-2026-06-01.db"], now)).toBe(false);
  });
});

describe("backupsToDelete", () => {
  const now = new Date("2026-06-10T10:00:00Z");
  const days = (n: number) => Array.from({ length: n }, (_, i) => `levande-2026-06-${String(10 - i).padStart(2, "0")}.db`);

  it("keeps the newest `keep` backups and deletes the rest, oldest included", () => {
    expect(backupsToDelete(days(9), 7, now)).toEqual(["levande-2026-06-03.db", "levande-2026-06-02.db"]);
    expect(backupsToDelete(days(7), 7, now)).toEqual([]);
    expect(backupsToDelete(days(3), 1, now)).toEqual(["levande-2026-06-09.db", "levande-2026-06-08.db"]);
  });

  it("orders by the date in the name, not by the order the directory lists them", () => {
    expect(backupsToDelete(["levande-2026-06-01.db", "levande-2026-06-09.db", "levande-2026-05-20.db"], 2, now)).toEqual(["levande-2026-05-20.db"]);
  });

  it("never touches files that are not its own backups", () => {
    const others = ["levande.db", "levande.db-wal", "notes.txt", "levande-2026-06-01.db.bak", "other-2026-01-01.db", "levande-latest.db"];
    expect(backupsToDelete([...others, ...days(2)], 1, now)).toEqual(["levande-2026-06-09.db"]);
  });

  it("removes half-written copies of earlier days, not today's, which a run may be writing", () => {
    expect(backupsToDelete(["levande-2026-06-09.db.partial", "levande-2026-06-10.db.partial"], 7, now)).toEqual(["levande-2026-06-09.db.partial"]);
  });
});
