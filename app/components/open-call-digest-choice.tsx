// The profile's checkbox for the open call's weekly e-mail of new requests that fit.
import { Form } from "@remix-run/react";
import { CheckboxField } from "~/components/form";
import { NotificationBanner } from "~/components/notification-banner";
import { useT } from "~/i18n";

export function OpenCallDigestChoice({ wanted, saved, error }: { wanted: boolean; saved: boolean; error?: string }) {
  const t = useT();
  return (
    <section aria-labelledby="digest-title" className="card stack">
      <h2 id="digest-title">{t("openCall.digest.heading")}</h2>
      {saved ? (
        <NotificationBanner>
          <p>{t("openCall.digest.saved")}</p>
        </NotificationBanner>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="openCallDigest" />
        <CheckboxField name="digest" label={t("openCall.digest.label")} defaultChecked={wanted} />
        <button type="submit" className="button">
          {t("openCall.digest.save")}
        </button>
      </Form>
    </section>
  );
}
