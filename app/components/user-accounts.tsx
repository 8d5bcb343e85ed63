// The coordinators' list of accounts on /admin/users, each with its actions behind "Hantera" and a confirmation step for disabling;
// on a phone each row stacks, its cells labelled (data-label), so the actions need no sideways scrolling.
import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/i18n";
import { formatDateTime } from "~/domain/format";
import type { UserRole } from "~/domain/vocabulary";

export interface AccountRow {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  careUnitName: string | null;
  status: "active" | "invited" | "disabled";
  lastLoginAt: string | null;
  activeSessions: number;
}

export function AccountTable({ accounts, me }: { accounts: AccountRow[]; me: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="all-users-title">
      <h2 id="all-users-title">{t("users.list")}</h2>
      <div className="table-scroll" role="region" aria-labelledby="all-users-title" tabIndex={0}>
        <table className="accounts">
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.status")}</th>
              <th scope="col">{t("accounts.lastLogin")}</th>
              <th scope="col">{t("accounts.sessions")}</th>
              <th scope="col">{t("accounts.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.name}
                  <span className="accounts__detail">{a.email}</span>
                </th>
                <td data-label={t("users.role")}>
                  {t(`role.${a.role}`)}
                  {a.careUnitName ? <span className="accounts__detail">{a.careUnitName}</span> : null}
                </td>
                <td data-label={t("users.status")}>{t(`users.status.${a.status}`)}</td>
                <td data-label={t("accounts.lastLogin")}>{a.lastLoginAt ? formatDateTime(a.lastLoginAt, locale) : t("accounts.never")}</td>
                <td data-label={t("accounts.sessions")}>{a.activeSessions}</td>
                <td>
                  <AccountActions account={a} isSelf={a.id === me} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ActionForm({ intent, userId, label, danger = false }: { intent: string; userId: number; label: string; danger?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" name="intent" value={intent} className={danger ? "button button--danger" : "button button--secondary"}>
        {label}
      </button>
    </Form>
  );
}

/** <details> steps work without JavaScript, and disabling needs a second, explicit click. */
function AccountActions({ account, isSelf }: { account: AccountRow; isSelf: boolean }) {
  const t = useT();
  const disabled = account.status === "disabled";
  return (
    <details className="accounts__actions">
      <summary className="button button--quiet" aria-label={t("accounts.manageLabel", { name: account.name })}>
        {t("accounts.manage")}
      </summary>
      <div className="stack">
        {disabled ? (
          <ActionForm intent="enable" userId={account.id} label={t("accounts.enableSubmit")} />
        ) : isSelf ? (
          <p className="muted">{t("accounts.disableSelf")}</p>
        ) : (
          <details>
            <summary className="button button--secondary">{t("accounts.disableOpen")}</summary>
            <div className="stack">
              <p>{t("accounts.disableConfirm", { name: account.name })}</p>
              <ActionForm intent="disable" userId={account.id} label={t("accounts.disableSubmit")} danger />
            </div>
          </details>
        )}
        <ActionForm intent="endSessions" userId={account.id} label={t("accounts.endSessionsSubmit")} />
        {disabled ? null : (
          <div>
            <ActionForm intent="reinvite" userId={account.id} label={t("accounts.reinviteSubmit")} />
            <p className="muted">{t("accounts.reinviteHint")}</p>
          </div>
        )}
      </div>
    </details>
  );
}
