// After a client-side navigation: focus moves to the new page's <h1> and its title is read out, as a full page load would.
import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { SELF_FOCUSING } from "./notification-banner";

/** Where focus should go after moving from `before` to `after`, or null to leave it (see RouteFocus). */
export function focusTarget(before: { pathname: string; search: string }, after: { pathname: string; search: string }, doc: Document): HTMLElement | null {
  // A hash change, or an answer shown on the same page: the page's own banner or error summary handles focus.
  if (before.pathname === after.pathname && before.search === after.search) return null;
  const active = doc.activeElement;
  const main = doc.getElementById("main");
  if (active?.closest(SELF_FOCUSING)) return null;
  // Any other element of the page that focused itself (tabindex="-1", like a confirmation step) keeps it too.
  if (active && active !== main && active.getAttribute("tabindex") === "-1" && main?.contains(active)) return null;
  // A filter on the same page keeps focus on the control the user is working with.
  if (before.pathname === after.pathname && active && active !== doc.body && main?.contains(active)) return null;
  return main?.querySelector<HTMLElement>("h1") ?? main ?? null;
}

export function RouteFocus() {
  const location = useLocation();
  const previous = useRef<{ pathname: string; search: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const before = previous.current;
    previous.current = { pathname: location.pathname, search: location.search };
    if (!before) return;
    const target = focusTarget(before, location, document);
    if (before.pathname !== location.pathname || before.search !== location.search) setAnnouncement(document.title);
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    // Scroll position is ScrollRestoration's job (top for a new page, the saved place on "back").
    target.focus({ preventScroll: true });
  }, [location.key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
