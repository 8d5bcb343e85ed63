// The confirmation after a password was reset or changed, shown on whichever page the user lands on (?notis=…).
import { useSearchParams } from "@remix-run/react";
import { useT, type MessageKey } from "~/i18n";
import { NotificationBanner } from "./notification-banner";

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
    <NotificationBanner>
      <p>{t(key)}</p>
    </NotificationBanner>
  );
}
