// The domain stays pure: no file under app/domain imports web plumbing, models, the database or server-only code.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DOMAIN = path.resolve(__dirname, "../../app/domain");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file imports or re-exports, as written. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
}

/** Why an import breaks the layer rule, or null when it is allowed. */
function forbidden(file: string, spec: string): string | null {
  const target = spec.startsWith("~/") ? path.resolve(DOMAIN, "..", spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
  if (/\.server(\.tsx?)?$/.test(spec)) return "a server-only module";
  if (!target) return null;
  const app = path.resolve(DOMAIN, "..");
  if (target.startsWith(path.join(app, "utils"))) return "app/utils";
  if (target.startsWith(path.join(app, "models"))) return "app/models";
  if (target.startsWith(path.resolve(app, "..", "db"))) return "db/";
  return null;
}

describe("the domain layer", () => {
  it("imports nothing from app/utils, app/models, db/ or any .server module", () => {
    const breaches = filesUnder(DOMAIN).flatMap((file) =>
      importsOf(readFileSync(file, "utf8")).flatMap((spec) => {
        const why = forbidden(file, spec);
        return why ? [`${path.relative(DOMAIN, file)} imports ${spec} (${why})`] : [];
      }),
    );
    expect(breaches).toEqual([]);
  });

  it("keeps the tests out of the server bundle: nothing under db/ imports from tests/", () => {
    const dbDir = path.resolve(DOMAIN, "../../db");
    const breaches = filesUnder(dbDir).flatMap((file) =>
      importsOf(readFileSync(file, "utf8"))
        .filter((spec) => spec.startsWith(".") && path.resolve(path.dirname(file), spec).startsWith(path.resolve(dbDir, "../tests")))
        .map((spec) => `${path.relative(dbDir, file)} imports ${spec}`),
    );
    expect(breaches).toEqual([]);
  });

  it("finds the imports it checks", () => {
    const source = 'import { a } from "~/utils/x";\nimport type { B } from "../../../db/schema";\nexport { c } from "../models/y.server";';
    const file = path.join(DOMAIN, "mail", "z.ts");
    expect(importsOf(source).map((spec) => forbidden(file, spec))).toEqual(["app/utils", "db/", "a server-only module"]);
  });
});
