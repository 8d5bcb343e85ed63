// Enough of MIME to read our own mails in tests: the parts of a multipart message, each decoded.
export interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function headersOf(block: string): Record<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
  return Object.fromEntries(
    unfolded
      .split(/\r?\n/)
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")).trim().toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Every leaf part of the message (nested multiparts flattened), with its headers and decoded body. */
export function mimeParts(raw: string): MimePart[] {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (!boundary) return [{ headers, body: decode(body, headers["content-transfer-encoding"]) }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => mimeParts(chunk.replace(/^\r?\n/, "")));
}

/** The calendar invitation a mail carries as a file (invitation.ics), or undefined. */
export function icsAttachment(raw: string): string | undefined {
  return mimeParts(raw).find((p) => /filename="?invitation\.ics/i.test(p.headers["content-disposition"] ?? ""))?.body;
}
