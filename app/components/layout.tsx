// The page chrome: skip link, header with the role's navigation, main landmark, footer.
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { UserRole } from "../../db/schema";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { AccountNotice } from "./account-notice";
import { RouteFocus } from "./route-focus";

export interface ShellUser {
  name: string;
  role: UserRole;
}

const NAV: Record<UserRole, { to: string; label: MessageKey }[]> = {
  coordinator: [
    { to: "/coordinator", label: "nav.coordinator" },
    { to: "/coordinator/requests", label: "nav.desk" },
    { to: "/coordinator/plan", label: "nav.plan" },
    { to: "/coordinator/not-offered", label: "nav.notOffered" },
    { to: "/catalogue", label: "nav.catalogue" },
    { to: "/admin/people", label: "nav.people" },
    { to: "/admin/units", label: "nav.units" },
    { to: "/admin/users", label: "nav.users" },
    { to: "/admin/outbox", label: "nav.outbox" },
    { to: "/admin/settings", label: "desk.settings.nav" },
  ],
  requester: [
    { to: "/unit", label: "nav.unit" },
    { to: "/catalogue", label: "nav.catalogue" },
    { to: "/unit/requests", label: "nav.requests" },
    { to: "/unit/requests/new", label: "nav.newRequest" },
    { to: "/unit/calendar", label: "nav.unitCalendar" },
  ],
  volunteer: [
    { to: "/volunteer", label: "nav.volunteer" },
    { to: "/volunteer/offers", label: "nav.offers" },
    { to: "/volunteer/open-requests", label: "nav.openRequests" },
    { to: "/volunteer/assignments", label: "nav.assignments" },
    { to: "/volunteer/availability", label: "nav.availability" },
    { to: "/volunteer/calendar", label: "calendar.nav" },
    { to: "/volunteer/profile", label: "nav.profile" },
  ],
};

export function Shell({ user, children }: { user: ShellUser | null; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip.toContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            {t("app.name")}
          </Link>
          {user ? (
            <nav aria-label={t("nav.label")} className="site-nav">
              <ul>
                {NAV[user.role].map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="site-header__tools">
            <LanguageSwitch />
            {user ? (
              <>
                <Link to="/account/password" className="button button--quiet">
                  {t("nav.changePassword")}
                </Link>
                <Form method="post" action="/logout" className="logout-form">
                  <span className="signed-in">{t("nav.signedInAs", { name: user.name })}</span>
                  <button type="submit" className="button button--quiet">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <Link to="/login" className="button button--quiet">
                {t("nav.login")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {user ? <AccountNotice /> : null}
        {children}
      </main>
      <RouteFocus />
      <footer className="site-footer">
        <p>{t("footer.region")}</p>
        <p>
          <Link to="/accessibility">{t("footer.accessibility")}</Link>
        </p>
      </footer>
    </>
  );
}

/** A full page load, not a client navigation, so the new document brings the chosen language's catalogue (entry.client.tsx). */
function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === "sv" ? "en" : "sv";
  return (
    <Form method="post" action="/language" className="language-form" reloadDocument>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" name="locale" value={other} lang={other} className="button button--quiet">
        {t(other === "sv" ? "language.sv" : "language.en")}
      </button>
    </Form>
  );
}
