// The SITHS/e-tjänstekort button on the login page posts here: off to the region's identity provider.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { notFoundUnless, ROLE_HOME, safeRedirect } from "~/utils/auth.server";
import { oidcEnabled, startOidcSignIn } from "~/utils/oidc.server";
import { getUser } from "~/utils/session.server";

/** Nothing starts on GET (no state change on GET): back to the login page and its button. */
export async function loader() {
  return redirect("/login");
}

export async function action({ request }: ActionFunctionArgs) {
  notFoundUnless(oidcEnabled() || null);
  const user = await getUser(request);
  if (user) return redirect(ROLE_HOME[user.role]);
  const form = await request.formData();
  const { location, setCookie } = await startOidcSignIn(safeRedirect(form.get("redirectTo"), ""));
  return redirect(location, { headers: { "Set-Cookie": setCookie } });
}

export default function OidcStart() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
