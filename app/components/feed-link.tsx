// The calendar-feed link page shared by the volunteer's and the care unit's calendar routes.
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { TextField } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { useT, type MessageKey } from "~/i18n";

export interface FeedLinkActionResult {
  errors: { form?: MessageKey };
  link: string | null;
  revoked: boolean;
}

/** The sentences that depend on whose feed it is; the rest of the panel reads the same for everyone. */
export interface FeedLinkTexts {
  title: MessageKey;
  lead: MessageKey;
  linkTitle: MessageKey;
  statusActive: MessageKey;
  statusNone: MessageKey;
  recreateWarning: MessageKey;
  revokeConfirm: MessageKey;
  privacy: MessageKey;
}

function FeedLinkPanel({ hasLink, actionData, texts }: { hasLink: boolean; actionData?: FeedLinkActionResult; texts: FeedLinkTexts }) {
  const t = useT();
  const link = actionData?.link ?? null;
  return (
    <>
      {actionData?.errors.form ? (
        <NotificationBanner tone="important">
          <p>{t(actionData.errors.form)}</p>
        </NotificationBanner>
      ) : null}
      {actionData?.revoked ? (
        <NotificationBanner>
          <p>{t("calendar.revoked")}</p>
        </NotificationBanner>
      ) : null}
      {link ? <NewLink link={link} /> : null}
      <section aria-labelledby="link-title" className="card stack">
        <h2 id="link-title">{t(texts.linkTitle)}</h2>
        {link ? null : <p>{t(hasLink ? texts.statusActive : texts.statusNone)}</p>}
        <Form method="post" className="stack">
          {hasLink ? (
            <p className="notice notice--warning" id="recreate-warning">
              {t(texts.recreateWarning)}
            </p>
          ) : null}
          <button type="submit" name="intent" value="create" className="button" aria-describedby={hasLink ? "recreate-warning" : undefined}>
            {t(hasLink ? "calendar.recreate" : "calendar.create")}
          </button>
        </Form>
        {hasLink ? (
          // A <details> step asks for confirmation without needing JavaScript.
          <details>
            <summary className="button button--secondary">{t("calendar.revoke")}</summary>
            <Form method="post" className="stack">
              <p>{t(texts.revokeConfirm)}</p>
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
        <p className="muted">{t(texts.privacy)}</p>
      </section>
    </>
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

/** The whole page, for a route whose loader returns `{ hasLink }` and whose action is feedLinkAction. */
export function FeedLinkPage({ texts }: { texts: FeedLinkTexts }) {
  const t = useT();
  const { hasLink } = useLoaderData<{ hasLink: boolean }>();
  const actionData = useActionData<FeedLinkActionResult>();
  return (
    <section aria-labelledby="calendar-title" className="stack-lg">
      <div>
        <h1 id="calendar-title">{t(texts.title)}</h1>
        <p className="lead">{t(texts.lead)}</p>
      </div>
      <FeedLinkPanel hasLink={hasLink} actionData={actionData} texts={texts} />
    </section>
  );
}
