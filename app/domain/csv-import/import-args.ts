// The import CLI's arguments: a kind and one file, plus --create-areas for people; anything else is a usage error.
import { isImportKind, type ImportKind } from "./formats";

export const CREATE_AREAS_FLAG = "--create-areas";

export type ImportArgs =
  | { action: "import"; kind: ImportKind; file: string; createAreas: boolean }
  | { action: "help" }
  /** Bad arguments: what was wrong when it can be said more precisely than the usage text. */
  | { action: "usage"; problem?: { key: "imports.cli.unknownArgument"; vars: { arg: string } } | { key: "imports.cli.createAreasOnlyPeople" } };

export function parseImportArgs(args: string[]): ImportArgs {
  if (args.some((a) => a === "--help" || a === "-h")) return { action: "help" };
  const flags = args.filter((a) => a.startsWith("--"));
  const positional = args.filter((a) => !a.startsWith("--"));
  const unknown = flags.find((f) => f !== CREATE_AREAS_FLAG);
  if (unknown) return { action: "usage", problem: { key: "imports.cli.unknownArgument", vars: { arg: unknown } } };
  const [kind, file, ...rest] = positional;
  if (!isImportKind(kind) || !file || rest.length > 0) return { action: "usage" };
  const createAreas = flags.includes(CREATE_AREAS_FLAG);
  if (createAreas && kind !== "people") return { action: "usage", problem: { key: "imports.cli.createAreasOnlyPeople" } };
  return { action: "import", kind, file, createAreas };
}
