// Where the region's identity provider sends the browser back: a verified e-mail signs in its existing, enabled account.
// The trailing _ keeps it out of auth.oidc's layout, whose loader only redirects a GET to /login.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { normalizeEmail } from "~/models/users.server";
import { notFoundUnless, ROLE_HOME, safeRedirect, signInByVerifiedEmail } from "~/utils/auth.server";
import { clearedOidcCookie, finishOidcSignIn, oidcEnabled, oidcNoticeCookie } from "~/utils/oidc.server";
import { createUserSession } from "~/utils/session.server";

/** A GET that signs in, as OpenID Connect's redirect demands; the flow's state, nonce and PKCE make it the user's own. */
export async function loader({ request }: LoaderFunctionArgs) {
  notFoundUnless(oidcEnabled() || null);
  const result = await finishOidcSignIn(request);
  if ("error" in result) return redirect("/login", { headers: { "Set-Cookie": await oidcNoticeCookie({ reason: result.error }) } });
  const email = normalizeEmail(result.email);
  const signedIn = await signInByVerifiedEmail(email);
  if ("error" in signedIn) return redirect("/login", { headers: { "Set-Cookie": await oidcNoticeCookie({ reason: signedIn.error, email }) } });
  const response = await createUserSession(request, signedIn.userId, safeRedirect(result.redirectTo, ROLE_HOME[signedIn.role]));
  response.headers.append("Set-Cookie", await clearedOidcCookie());
  return response;
}

export default function OidcCallback() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
