// The document: <html lang>, the shell for the signed-in role, and the app-wide error page.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { DocumentMeta } from "~/components/document-meta";
import { ErrorPage } from "~/components/error-page";
import { Shell } from "~/components/layout";
import { useNonce } from "~/components/nonce";
import { DEFAULT_LOCALE } from "~/i18n";
import { isRequestableRole } from "~/domain/vocabulary";
import { rolesOf } from "~/models/people.server";
import styles from "~/styles/app.css";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { getLocale } from "~/utils/locale.server";
import { getUser } from "~/utils/session.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getUser(request), getLocale(request)]);
  // For volunteers only, by primary key: a patient supporter's menu has her contact log, a group starter's her groups,
  // and only someone a care unit can book sees the booking pages.
  const personId = user?.role === "volunteer" ? user.person_id : null;
  const roles = personId !== null ? await rolesOf(db(), personId) : [];
  const menu = { supporter: roles.includes("supporter"), starter: roles.includes("starter"), bookable: roles.some(isRequestableRole) };
  return { user: user ? { name: user.name, role: user.role, ...menu } : null, locale, region: env().REGION_NAME ?? null };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  return (
    <html lang={data?.locale ?? DEFAULT_LOCALE}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <DocumentMeta />
        <Links />
      </head>
      <body>
        <Shell user={data?.user ?? null} region={data?.region ?? null}>
          {children}
        </Shell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
