// The node arguments of `npm run serve`, read from package.json, so tests and the benchmark run the server as production does; and the server's own flags.
import fs from "node:fs";
import path from "node:path";

export function serveNodeArgs(root = process.cwd()): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const words = scripts.serve.split(/\s+/);
  const node = words.indexOf("node");
  if (node < 0 || words[words.length - 1] !== "build/server.js") throw new Error(`Oväntat serve-skript: ${scripts.serve}`);
  return words.slice(node + 1);
}

export const SERVER_USAGE = "Användning: node build/server.js [--demo]   (--demo lägger in demoregionen i en tom databas, som `npm start` gör)";

export interface ServerFlags {
  /** Seed an empty database with the demo region and print the demo logins: `npm start`, never production. */
  demo: boolean;
}

/** The server's arguments after build/server.js; null when one is not understood. */
export function parseServerFlags(argv: string[]): ServerFlags | null {
  if (argv.some((arg) => arg !== "--demo")) return null;
  return { demo: argv.includes("--demo") };
}
