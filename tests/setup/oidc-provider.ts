// A real OpenID provider (oidc-provider) on a free 127.0.0.1 port, standing in for the region's SITHS identity provider.
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import type net from "node:net";
import Provider from "oidc-provider";

export interface Account {
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Signs in at the provider's own login and consent pages with plain HTTP, and returns where it sends the browser back to. */
  signIn(authorizationUrl: string, account: string): Promise<URL>;
  close(): Promise<void>;
}

// oidc-provider announces its quick-start pieces (memory store, dev login pages) on console.warn: these are expected here.
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].includes("oidc-provider WARNING: a quick start development-only")) return;
  warn(...args);
};

function signingKey() {
  const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: crypto.randomUUID(), use: "sig", alg: "RS256" };
}

/**
 * Starts a provider with one confidential client that may only return to `redirectUri`. Accounts are looked up by the
 * login typed on its dev login page. With `tls`, it speaks https (certificate and key in PEM) on https://127.0.0.1.
 */
export async function startProvider(options: {
  redirectUri: string;
  accounts: Record<string, Account>;
  tls?: { cert: string; key: string };
  host?: string;
}): Promise<TestProvider> {
  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = options.tls ? https.createServer(options.tls, (req, res) => handler(req, res)) : http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const issuer = `${options.tls ? "https" : "http"}://${options.host ?? "127.0.0.1"}:${port}`;
  const clientId = "levande";
  const clientSecret = crypto.randomBytes(24).toString("base64url");
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    async findAccount(_ctx: unknown, sub: string) {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [crypto.randomBytes(24).toString("base64url")] },
    jwks: { keys: [signingKey()] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    signIn: (authorizationUrl, account) => followProvider(authorizationUrl, account, options.redirectUri, options.tls ? tlsFetch(options.tls.cert) : fetch),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Fetch = (url: string, init: RequestInit) => Promise<{ status: number; headers: Headers; text(): Promise<string> }>;

/** fetch for the test's own https provider: trusts exactly its self-signed certificate. */
function tlsFetch(ca: string): Fetch {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const request = https.request(url, { method: init.method ?? "GET", headers: init.headers as Record<string, string>, ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
          resolve({ status: res.statusCode ?? 0, headers, text: async () => Buffer.concat(chunks).toString("utf8") });
        });
      });
      request.on("error", reject);
      request.end(init.body ? String(init.body) : undefined);
    });
}

/** Follows the provider's redirects with a cookie jar, filling in its dev login (any password) and consent forms. */
async function followProvider(authorizationUrl: string, account: string, redirectUri: string, get: Fetch): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const headers: Record<string, string> = { cookie, ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) };
    const response = await get(url, { method: body ? "POST" : "GET", headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next.href;
      body = undefined;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (response.status !== 200 || !action) throw new Error(`the provider answered ${response.status}: ${page.slice(0, 500)}`);
    url = new URL(action, url).href;
    body = page.includes('name="prompt" value="login"')
      ? new URLSearchParams({ prompt: "login", login: account, password: "valfritt" })
      : new URLSearchParams({ prompt: "consent" });
  }
  throw new Error("the provider never sent the browser back");
}
