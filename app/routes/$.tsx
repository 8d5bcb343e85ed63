// Any address no other route answers: the not-found page, with its own title.
import type { MetaFunction } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { notFoundUnless } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";

export async function loader() {
  return notFoundUnless(null);
}

export default function NotFound() {
  return null;
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "error.notFoundTitle");

export function ErrorBoundary() {
  return <ErrorPage />;
}
