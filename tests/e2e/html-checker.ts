// The Nu HTML Checker (vnu-jar) over many saved pages in one Java run: a JVM start per page would be far too slow.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));
const JAVA = process.env.JAVA ?? "java";

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every error the checker finds in `files` (warnings are left out; a file it could not read counts as an error), as `<file name>:<line>: <message> [<extract>]`. */
export async function nuHtmlErrors(files: string[]): Promise<string[]> {
  const output = await new Promise<string>((resolve, reject) => {
    // The checker exits 1 when it finds errors; only output that is not its JSON report is a failure to run.
    execFile(JAVA, ["-jar", VNU_JAR, "--format", "json", "--stdout", "--errors-only", ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (stdout.trim().startsWith("{")) resolve(stdout);
      else reject(new Error(`vnu ran without a report: ${error?.message ?? ""}\n${stderr}`));
    });
  });
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type !== "info")
    .map((m) => `${m.url ? path.basename(decodeURIComponent(m.url)) : "?"}:${m.lastLine ?? "?"}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, " ")}]` : ""}`);
}
