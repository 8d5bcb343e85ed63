// The JavaScript a page makes the browser load: its <script src>, modulepreload links and inline module imports, gzipped.
import { gzipSync } from "node:zlib";

export interface JsSize { page: string; status: number; files: number; rawBytes: number; gzipBytes: number }

const PATTERNS = [
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g,
  /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g,
  /\bimport\s*(?:[^"';]*?\bfrom\s*)?"(\/build\/[^"]+\.js)"/g,
];

export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const pattern of PATTERNS) for (const m of html.matchAll(pattern)) urls.add(m[1].replace(/&amp;/g, "&"));
  return [...urls];
}

export async function measureJs(baseUrl: string, page: string, cookie: string | undefined, cache: Map<string, Buffer>): Promise<JsSize> {
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  const res = await fetch(`${baseUrl}${page}`, { headers, redirect: "manual" });
  const html = await res.text();
  let rawBytes = 0;
  let gzipBytes = 0;
  const urls = res.status === 200 ? scriptUrls(html) : [];
  for (const url of urls) {
    let body = cache.get(url);
    if (!body) {
      const file = await fetch(new URL(url, baseUrl));
      if (file.status !== 200) throw new Error(`${url} gav ${file.status}`);
      body = Buffer.from(await file.arrayBuffer());
      cache.set(url, body);
    }
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { page, status: res.status, files: urls.length, rawBytes, gzipBytes };
}
