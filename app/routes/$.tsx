import { ErrorPage } from "~/components/error-page";
import { notFoundUnless } from "~/utils/auth.server";

export async function loader() {
  return notFoundUnless(null);
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
