// The confirmation after a password was reset or changed, shown on whichever page the user lands on (?notis=…).
import { useSearchParams } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n";

const NOTICES = new Map<string, MessageKey>([
  ["nytt-losenord", "notice.passwordReset"],
  ["losenord-bytt", "notice.passwordChanged"],
]);

export function AccountNotice() {
  const t = useT();
  const [params] = useSearchParams();
  const key = NOTICES.get(params.get("notis") ?? "");
  if (!key) return null;
  return (
    <p className="notice notice--success account-notice" role="status">
      {t(key)}
    </p>
  );
}
