// A friendly Swedish (or English) page for 4xx and 5xx; never a stack trace.
import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { isMessageKey, useT, type MessageKey } from "~/i18n";

const BY_STATUS: Record<number, [MessageKey, MessageKey]> = {
  400: ["error.badRequestTitle", "error.badRequestBody"],
  403: ["error.forbiddenTitle", "error.forbiddenBody"],
  404: ["error.notFoundTitle", "error.notFoundBody"],
  413: ["error.badRequestTitle", "error.badRequestBody"],
  415: ["error.badRequestTitle", "error.formTypeBody"],
  503: ["error.busyTitle", "error.busyBody"],
};

export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, fallbackBody] = BY_STATUS[status] ?? ["error.title", "error.body"];
  // A 4xx may say exactly what was wrong with the request (see readForm).
  const message: unknown = isRouteErrorResponse(error) && status < 500 ? (error.data as { message?: unknown } | null)?.message : undefined;
  const body = typeof message === "string" && isMessageKey(message) ? message : fallbackBody;
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t(title)}</h1>
      <p>{t(body)}</p>
      <p className="muted">HTTP {status}</p>
      <p>
        <Link to="/">{t("error.home")}</Link>
      </p>
    </section>
  );
}
