// The server's first look at a request: method, content type and size before the body is read, then the body itself.
import { PassThrough } from "node:stream";
import type { IncomingMessage } from "node:http";
import { FORM_LIMIT_BYTES, headerProblem, readBody, UPLOAD_LIMIT_BYTES, urlencodedProblem } from "../../scripts/request-body";

const form = "application/x-www-form-urlencoded";
const head = (over: Partial<Parameters<typeof headerProblem>[0]>) => headerProblem({ method: "POST", path: "/login", contentType: form, contentLength: "20", ...over });

describe("before the body is read", () => {
  it.each([
    [{ method: "GET", contentType: undefined }, null],
    [{ method: "HEAD", contentType: undefined }, null],
    [{}, null],
    [{ contentType: "application/x-www-form-urlencoded; charset=UTF-8" }, null],
    [{ contentType: "multipart/form-data; boundary=----x" }, null],
    [{ method: "TRACE" }, 405],
    [{ method: "PUT" }, 405],
    [{ method: "DELETE" }, 405],
    [{ contentType: "application/json" }, 415],
    [{ contentType: "text/plain" }, 415],
    [{ contentType: "multipart/form-data" }, 415],
    [{ contentType: undefined }, 415],
    [{ contentLength: String(FORM_LIMIT_BYTES) }, null],
    [{ contentLength: String(FORM_LIMIT_BYTES + 1) }, 413],
    [{ contentLength: String(60 * 1024 * 1024) }, 413],
    [{ path: "/admin/import", contentType: "multipart/form-data; boundary=x", contentLength: String(5 * 1024 * 1024) }, null],
    [{ path: "/admin/import", contentType: "multipart/form-data; boundary=x", contentLength: String(UPLOAD_LIMIT_BYTES + 1) }, 413],
  ])("%j → %s", (over, status) => {
    expect(head(over)?.status ?? null).toBe(status);
  });

  it("answers in Swedish", () => {
    expect(head({ contentLength: "99999999" })?.message).toContain("för stort");
    expect(head({ method: "TRACE" })?.message).toContain("stöds inte");
  });
});

describe("an urlencoded body", () => {
  it.each([
    ["email=a%40example.se&password=hemligt", null],
    ["title=L%C3%A4rcaf%C3%A9+om+sm%C3%A4rta", null],
    ["comment=rad+ett%0D%0Arad+tv%C3%A5%09slut", null],
    ["emoji=%F0%9F%8C%B1&raw=Lärcafé 🌱", null],
    ["", null],
    ["a=%C3%28", 400],
    ["a=%FF", 400],
    ["a=%", 400],
    ["a=%G1", 400],
    ["name=a%00b", 400],
    ["name=%1B%5B31m", 400],
    ["name=gnp%E2%80%AEexe.png", 400],
    ["na%00me=x", 400],
    ["x=%C2%85", 400],
  ])("%j → %s", (body, status) => {
    expect(urlencodedProblem(Buffer.from(body))?.status ?? null).toBe(status);
  });

  it("refuses raw bytes that are not UTF-8", () => {
    expect(urlencodedProblem(Buffer.from([0x61, 0x3d, 0xc3, 0x28]))?.status).toBe(400);
  });
});

describe("reading the body", () => {
  function stream(chunks: Buffer[]) {
    const s = new PassThrough();
    setImmediate(() => {
      for (const c of chunks) s.write(c);
      s.end();
    });
    return s as unknown as IncomingMessage;
  }

  it("reads a body within the limit whole", async () => {
    expect(String(await readBody(stream([Buffer.from("a=1&"), Buffer.from("b=2")]), 100))).toBe("a=1&b=2");
  });

  it("counts a chunked body as it arrives and stops at the limit", async () => {
    const big = Array.from({ length: 100 }, () => Buffer.alloc(1024, 0x61));
    const outcome = await readBody(stream(big), FORM_LIMIT_BYTES);
    expect(Buffer.isBuffer(outcome)).toBe(false);
    expect(outcome).toMatchObject({ status: 413 });
  });
});
