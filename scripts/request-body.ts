// Reads a request's body once, within a limit, before anything else touches it; refuses what no form of ours sends.
import type { IncomingMessage } from "node:http";
import { hasForbiddenCharacters } from "../app/domain/text";

export const FORM_LIMIT_BYTES = 64 * 1024;
export const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024 + 64 * 1024;
/** The one page that takes a file (a CSV import up to 5 MB, plus the form's other fields). */
export const UPLOAD_PATHS = new Set(["/admin/import", "/admin/import.data"]);

export type BodyProblem = { status: 405 | 411 | 413 | 415 | 400; message: string };

export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const FORM_TYPES = /^(application\/x-www-form-urlencoded\s*(;|$)|multipart\/form-data\s*;.*\bboundary=)/i;
const URLENCODED = /^application\/x-www-form-urlencoded\b/i;

const PROBLEMS = {
  method: { status: 405, message: "Metoden stöds inte. Tjänsten tar emot GET, HEAD och POST." },
  type: { status: 415, message: "Formuläret skickades i ett format som tjänsten inte tar emot. Gå tillbaka och skicka det från sidan igen." },
  tooLarge: { status: 413, message: "Det du skickade är för stort. Ett formulär får vara högst 64 kB och en importfil högst 5 MB." },
  utf8: { status: 400, message: "Formuläret innehöll tecken som inte är giltig UTF-8. Gå tillbaka och försök igen." },
  characters: {
    status: 400,
    message: "Formuläret innehöll tecken som inte är tillåtna (styrtecken eller tecken som vänder textriktningen). Ta bort dem och försök igen.",
  },
} as const satisfies Record<string, BodyProblem>;

/** What is wrong with the request line and headers alone, before a byte of the body is read. */
export function headerProblem(input: { method: string; path: string; contentType: string | undefined; contentLength: string | undefined }): BodyProblem | null {
  if (!(ALLOWED_METHODS as readonly string[]).includes(input.method)) return PROBLEMS.method;
  if (input.method !== "POST") return null;
  if (!FORM_TYPES.test(input.contentType ?? "")) return PROBLEMS.type;
  const length = Number(input.contentLength);
  if (input.contentLength !== undefined && Number.isFinite(length) && length > limitFor(input.path)) return PROBLEMS.tooLarge;
  return null;
}

export function limitFor(path: string): number {
  return UPLOAD_PATHS.has(path) ? UPLOAD_LIMIT_BYTES : FORM_LIMIT_BYTES;
}

const encoder = new TextEncoder();

/** Percent-decodes one urlencoded name or value to bytes ('+' is a space), or null when an escape is broken. */
function percentDecode(part: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const [, hex, lone, run] of part.replaceAll("+", " ").matchAll(/%([0-9a-fA-F]{2})|(%)|([^%]+)/g)) {
    if (lone) return null;
    if (hex) bytes.push(parseInt(hex, 16));
    else bytes.push(...encoder.encode(run));
  }
  return Uint8Array.from(bytes);
}

const strict = new TextDecoder("utf-8", { fatal: true });

/** Every name and value of an urlencoded body must be valid UTF-8 and free of control characters but line breaks. */
export function urlencodedProblem(body: Buffer): BodyProblem | null {
  let text: string;
  try {
    text = strict.decode(body);
  } catch {
    return PROBLEMS.utf8;
  }
  if (text === "") return null;
  for (const pair of text.split("&")) {
    for (const part of pair.split("=", 2)) {
      const bytes = percentDecode(part);
      if (!bytes) return PROBLEMS.utf8;
      let value: string;
      try {
        value = strict.decode(bytes);
      } catch {
        return PROBLEMS.utf8;
      }
      if (hasForbiddenCharacters(value, { multiLine: true })) return PROBLEMS.characters;
    }
  }
  return null;
}

/** The whole body, counted as it arrives (a chunked body has no length to check up front): too large → 413. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | BodyProblem> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Stop reading: the client is told at once and the connection closes after the answer.
        req.pause();
        resolve(PROBLEMS.tooLarge);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

export function bodyProblem(contentType: string | undefined, body: Buffer): BodyProblem | null {
  return URLENCODED.test(contentType ?? "") ? urlencodedProblem(body) : null;
}
