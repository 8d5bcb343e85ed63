// A patient supporter's contacts with care units, read-only on the coordinator's person page, each first contact with a unit marked.
import { ListTable } from "~/components/list-table";
import { formatDate } from "~/domain/format";
import type { ContactKind } from "~/domain/vocabulary";
import { useLocale, useT } from "~/i18n";

interface Contact {
  id: number;
  contactedOn: string;
  unit: string;
  kind: ContactKind;
  /** The supporter's first contact ever with this unit (the goal's "new unit"). */
  firstWithUnit: boolean;
}

export function SupporterContactLog({ contacts }: { contacts: readonly Contact[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card stack" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("peopleAdmin.contacts.title")}</h2>
      {contacts.length === 0 ? (
        <p>{t("peopleAdmin.contacts.none")}</p>
      ) : (
        <ListTable
          labelledBy="contacts-title"
          stacked
          rows={contacts}
          columns={[
            { label: t("peopleAdmin.contacts.date"), cell: (c) => formatDate(`${c.contactedOn}T12:00:00Z`, locale) },
            { label: t("peopleAdmin.contacts.unit"), cell: (c) => c.unit },
            { label: t("peopleAdmin.contacts.kind"), cell: (c) => t(`contactKind.${c.kind}`) },
            { label: t("peopleAdmin.contacts.newUnit"), cell: (c) => t(c.firstWithUnit ? "common.yes" : "common.no") },
          ]}
        />
      )}
    </section>
  );
}
