// The rules of the nightly backup, without I/O: when it runs, what its files are called, and which old ones go.
import { addDays, instantToLocal, localToInstant } from "../app/domain/stockholm-time";

/** 02:30 Europe/Stockholm: after midnight's day change, before anyone works. On the spring-forward night it runs at 03:00. */
export const BACKUP_MINUTE = 2 * 60 + 30;

const BACKUP_FILE = /^levande-(\d{4}-\d{2}-\d{2})\.db$/;
const PARTIAL_FILE = /^levande-(\d{4}-\d{2}-\d{2})\.db\.partial$/;

/** The backup of a Stockholm date: one file per day, so a second run the same day replaces the first. */
export function backupFileName(date: string): string {
  return `levande-${date}.db`;
}

/** The Stockholm date an instant falls on. */
export function backupDate(now: Date): string {
  return instantToLocal(now).date;
}

/** The next 02:30 in Stockholm strictly after `now`. */
export function nextBackupAt(now: Date): Date {
  const today = localToInstant(backupDate(now), BACKUP_MINUTE);
  return today.getTime() > now.getTime() ? today : localToInstant(addDays(backupDate(now), 1), BACKUP_MINUTE);
}

/** At start: a backup is due when the directory holds none from today. */
export function needsBackupAtStart(fileNames: string[], now: Date): boolean {
  return !fileNames.includes(backupFileName(backupDate(now)));
}

/**
 * The files to delete: the backups beyond the `keep` newest, and copies left half-written by an earlier day's
 * interrupted run. Files that are not ours are never touched.
 */
export function backupsToDelete(fileNames: string[], keep: number, now: Date): string[] {
  const backups = fileNames.filter((name) => BACKUP_FILE.test(name)).sort().reverse();
  const today = backupDate(now);
  const stalePartials = fileNames.filter((name) => {
    const date = PARTIAL_FILE.exec(name)?.[1];
    return date !== undefined && date < today;
  });
  return [...backups.slice(Math.max(keep, 0)), ...stalePartials];
}
