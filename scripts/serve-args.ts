// The node arguments of `npm run serve`, read from package.json, so tests and the benchmark run the server as production does.
import fs from "node:fs";
import path from "node:path";

export function serveNodeArgs(root = process.cwd()): string[] {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const words = scripts.serve.split(/\s+/);
  const node = words.indexOf("node");
  if (node < 0 || words[words.length - 1] !== "build/server.js") throw new Error(`Oväntat serve-skript: ${scripts.serve}`);
  return words.slice(node + 1);
}
