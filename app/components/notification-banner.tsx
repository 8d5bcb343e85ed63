// The GOV.UK-style notification banner: what an action did (or why it failed), at the top of the main content, focused and in view.
import { useLocation } from "@remix-run/react";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useT } from "~/i18n";

export type BannerTone = "success" | "important";

/** Elements that move focus to themselves after an action; the shell's move to the new page's <h1> leaves them alone. */
export const SELF_FOCUSING = ".notification-banner, .error-summary";

/**
 * Focused when it appears and after every navigation that shows it again (a second answer on the same page), so a
 * keyboard or screen-reader user hears it and a phone user sees it even when the action was far down the page.
 * `refocus` changes when the same banner should take focus again without a navigation.
 */
export function NotificationBanner({ tone = "success", children, refocus }: { tone?: BannerTone; children: ReactNode; refocus?: unknown }) {
  const t = useT();
  const { key } = useLocation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key, refocus]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notification-banner notification-banner--${tone}`}
      role={tone === "success" ? "status" : "alert"}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="notification-banner__title">
        {t(tone === "success" ? "banner.success" : "banner.important")}
      </h2>
      <div className="notification-banner__content stack">{children}</div>
    </div>
  );
}
