// What a CLI's main() writes to and reads its settings from: the console and process.env when run, collected lines in tests.
import { pathToFileURL } from "node:url";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

export const processIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env };

export const databaseUrl = (env: NodeJS.ProcessEnv) => env.DATABASE_URL || "file:./data/levande.db";

/** Runs main with the command line and exits with its code, only when the module is the script node was started with. */
export function runWhenScript(moduleUrl: string, main: (args: string[], io: CliIo) => Promise<number>): void {
  if (process.argv[1] && moduleUrl === pathToFileURL(process.argv[1]).href) {
    main(process.argv.slice(2), processIo).then((code) => process.exit(code));
  }
}

/** A value from the command line as it may be printed: control characters (a terminal's escape codes) shown as \\uXXXX. */
export function printable(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
