// The volunteer's calendar link: create, replace or turn off their personal feed (GET /calendar/<token>.ics).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { TextField } from "~/components/form";
import { useT, type MessageKey } from "~/i18n";
import { createFeedToken, hasFeedToken, revokeFeedTokens } from "~/models/calendar-tokens.server";
import { notFoundUnless, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { feedLink } from "~/utils/ics.server";
import { pageTitle } from "~/utils/meta";

const intentSchema = z.object({ intent: z.enum(["create", "revoke"]) });

interface ActionResult {
  errors: { form?: MessageKey };
  link: string | null;
  revoked: boolean;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  return { hasLink: await hasFeedToken(db(), { personId }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, "volunteer");
  const personId = notFoundUnless(user.person_id);
  const parsed = intentSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return data<ActionResult>({ errors: { form: "calendar.invalidIntent" }, link: null, revoked: false }, { status: 400 });
  }
  if (parsed.data.intent === "revoke") {
    await revokeFeedTokens(db(), { personId }, user.id);
    return data<ActionResult>({ errors: {}, link: null, revoked: true });
  }
  const token = await createFeedToken(db(), { owner: { personId }, actorUserId: user.id });
  // The plain token exists only in this response: the database keeps its hash.
  return data<ActionResult>({ errors: {}, link: feedLink(request, token), revoked: false });
}

export default function VolunteerCalendar() {
  const t = useT();
  const { hasLink } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const link = actionData?.link ?? null;
  return (
    <section aria-labelledby="calendar-title" className="stack-lg">
      <div>
        <h1 id="calendar-title">{t("calendar.title")}</h1>
        <p className="lead">{t("calendar.lead")}</p>
      </div>
      {actionData?.errors.form ? (
        <p className="notice notice--warning" role="alert">
          {t(actionData.errors.form)}
        </p>
      ) : null}
      {actionData?.revoked ? (
        <p className="notice notice--success" role="status">
          {t("calendar.revoked")}
        </p>
      ) : null}
      {link ? <NewLink link={link} /> : null}
      <section aria-labelledby="link-title" className="card stack">
        <h2 id="link-title">{t("calendar.linkTitle")}</h2>
        {link ? null : <p>{t(hasLink ? "calendar.statusActive" : "calendar.statusNone")}</p>}
        <Form method="post" className="stack">
          {hasLink ? (
            <p className="notice notice--warning" id="recreate-warning">
              {t("calendar.recreateWarning")}
            </p>
          ) : null}
          <button
            type="submit"
            name="intent"
            value="create"
            className="button"
            aria-describedby={hasLink ? "recreate-warning" : undefined}
          >
            {t(hasLink ? "calendar.recreate" : "calendar.create")}
          </button>
        </Form>
        {hasLink ? (
          // A <details> step asks for confirmation without needing JavaScript.
          <details>
            <summary className="button button--secondary">{t("calendar.revoke")}</summary>
            <Form method="post" className="stack">
              <p>{t("calendar.revokeConfirm")}</p>
              <button type="submit" name="intent" value="revoke" className="button button--danger">
                {t("calendar.revokeSubmit")}
              </button>
            </Form>
          </details>
        ) : null}
      </section>
      <section aria-labelledby="how-title" className="prose">
        <h2 id="how-title">{t("calendar.howTitle")}</h2>
        <ul>
          <li>{t("calendar.howOutlook")}</li>
          <li>{t("calendar.howGoogle")}</li>
          <li>{t("calendar.howIphone")}</li>
        </ul>
        <p className="muted">{t("calendar.privacy")}</p>
      </section>
    </section>
  );
}

/** The link shown once: select it by hand without JavaScript; with it, a Kopiera button uses the clipboard. */
function NewLink({ link }: { link: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [canCopy, setCanCopy] = useState(false);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  // The button appears only after hydration, since before it (or without JS) it could do nothing.
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  // Move focus to the new link, so keyboard and screen-reader users land where the result is.
  useEffect(() => {
    setCopy("idle");
    heading.current?.focus();
  }, [link]);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      const input = document.getElementById("feedLink");
      if (input instanceof HTMLInputElement) input.select();
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby="new-link-title" className="notice notice--success stack">
      <h2 id="new-link-title" tabIndex={-1} ref={heading}>
        {t("calendar.createdTitle")}
      </h2>
      <p>{t("calendar.createdLead")}</p>
      <TextField
        name="feedLink"
        label={t("calendar.link")}
        hint={t("calendar.linkHint")}
        value={link}
        readOnly
        autoComplete="off"
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      {canCopy ? (
        <button type="button" className="button button--secondary" onClick={copyLink}>
          {t("calendar.copy")}
        </button>
      ) : null}
      <p role="status">{copy === "copied" ? t("calendar.copied") : copy === "failed" ? t("calendar.copyFailed") : ""}</p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "calendar.title");
