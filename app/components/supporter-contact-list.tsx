// A patient supporter's own contact log, newest first: each first contact with a unit marked "Ny enhet", and removing a
// contact logged by mistake asked again in place, where the focus moves.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { formatDate } from "~/domain/format";
import type { ContactKind } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";
import { useSwedishContent } from "./content-lang";

interface Contact {
  id: number;
  contactedOn: string;
  kind: ContactKind;
  unit: string;
  municipality: string;
  firstWithUnit: boolean;
}

export function SupporterContactList({ contacts, confirmId, action }: { contacts: readonly Contact[]; confirmId: number | null; action: string }) {
  const t = useT();
  const locale = useLocale();
  const sv = useSwedishContent();
  const dateOf = (day: string) => formatDate(`${day}T12:00:00Z`, locale);
  return (
    <section aria-labelledby="log-title" className="stack">
      <h2 id="log-title">{t("supporterContacts.logHeading")}</h2>
      {contacts.length === 0 ? <p className="empty">{t("supporterContacts.empty")}</p> : null}
      <ul className="plain-list">
        {contacts.map((c) => (
          <li key={c.id} className="list-row list-row--spread">
            <span>
              {dateOf(c.contactedOn)} · <span lang={sv}>{t("supporterContacts.unitOption", { unit: c.unit, municipality: c.municipality })}</span> · {t(`contactKind.${c.kind}`)}
              {c.firstWithUnit ? (
                <>
                  {" "}
                  <span className="badge badge--interest">{t("supporterContacts.newUnit")}</span>
                </>
              ) : null}
            </span>
            {confirmId === c.id ? (
              <ConfirmRemove contact={c} date={dateOf(c.contactedOn)} action={action} />
            ) : (
              <Form method="post" action={action}>
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="id" value={c.id} />
                <button type="submit" className="button button--quiet" aria-label={t("supporterContacts.remove", { unit: c.unit, date: dateOf(c.contactedOn) })}>
                  {t("common.delete")}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConfirmRemove({ contact, date, action }: { contact: Contact; date: string; action: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-labelledby="confirm-title" className="notice notice--warning stack">
      <h3 id="confirm-title">{t("supporterContacts.confirmHeading")}</h3>
      <p>{t("supporterContacts.confirmText", { unit: contact.unit, kind: t(`contactKind.${contact.kind}`), date })}</p>
      <Form method="post" action={action} className="inline-fields">
        <input type="hidden" name="intent" value="remove" />
        <input type="hidden" name="id" value={contact.id} />
        <button type="submit" name="confirm" value="yes" className="button">
          {t("supporterContacts.confirmYes")}
        </button>
        <Link to={action} className="button button--quiet">
          {t("common.cancel")}
        </Link>
      </Form>
    </div>
  );
}
