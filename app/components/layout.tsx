// The page chrome: skip link, header with the role's navigation, main landmark, footer.
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLocale, useT, type MessageKey } from "~/i18n";
import { AccountNotice } from "./account-notice";
import { useSwedishContent } from "./content-lang";
import { RouteFocus } from "./route-focus";
import type { UserRole } from "~/domain/vocabulary";

export interface ShellUser {
  name: string;
  role: UserRole;
  /** A volunteer who is a patient supporter: her menu has her contact log. */
  supporter?: boolean;
  /** A volunteer who is a self-help group starter: her menu has her groups. */
  starter?: boolean;
  /** A volunteer a care unit can book (a book, peer or storyteller); false leaves the booking pages out of her menu. */
  bookable?: boolean;
}

/** Each role's menu: the page and its name, a few to a line. */
const NAV: Record<UserRole, [to: string, label: MessageKey][]> = {
  coordinator: [
    ["/coordinator", "nav.coordinator"], ["/coordinator/requests", "nav.desk"], ["/coordinator/plan", "nav.plan"], ["/coordinator/not-offered", "nav.notOffered"], ["/coordinator/self-help", "selfHelp.coordinator.nav"], ["/coordinator/larcafe", "larcafe.nav"], ["/coordinator/meeting-places", "meetingPlaces.coordinator.nav"],
    ["/catalogue", "nav.catalogue"], ["/admin/people", "nav.people"], ["/admin/units", "nav.units"], ["/admin/users", "nav.users"],
    ["/admin/outbox", "nav.outbox"], ["/admin/settings", "desk.settings.nav"],
  ],
  requester: [["/unit", "nav.unit"], ["/catalogue", "nav.catalogue"], ["/unit/requests", "nav.requests"], ["/unit/requests/new", "nav.newRequest"], ["/unit/larcafe", "larcafe.nav"], ["/unit/calendar", "nav.unitCalendar"]],
  volunteer: [
    ["/volunteer", "nav.volunteer"], ["/volunteer/offers", "nav.offers"], ["/volunteer/open-requests", "nav.openRequests"], ["/volunteer/assignments", "nav.assignments"], ["/volunteer/shifts", "meetingPlaces.shifts.nav"],
    ["/volunteer/availability", "nav.availability"], ["/volunteer/calendar", "calendar.nav"], ["/volunteer/profile", "nav.profile"],
  ],
};

/** What only someone a care unit can book uses; availability also serves a group starter, whom the engine matches too. */
const BOOKING_PAGES = new Set(["/volunteer/offers", "/volunteer/open-requests", "/volunteer/assignments", "/volunteer/calendar"]);

/** A volunteer's menu: a patient supporter's contact log and a group starter's groups right after her home page. */
function volunteerNav(user: ShellUser): [to: string, label: MessageKey][] {
  const own: [to: string, label: MessageKey][] = [];
  if (user.supporter) own.push(["/volunteer/contacts", "supporterContacts.nav"]);
  if (user.starter) own.push(["/volunteer/groups", "groups.volunteer.nav"]);
  const bookable = user.bookable !== false;
  const shown = NAV.volunteer.slice(1).filter(([to]) => (bookable || !BOOKING_PAGES.has(to)) && (bookable || user.starter || to !== "/volunteer/availability"));
  return [NAV.volunteer[0], ...own, ...shown];
}

/** `region` is the region running the server (REGION_NAME), named in the footer; null names only the service. */
export function Shell({ user, region = null, children }: { user: ShellUser | null; region?: string | null; children: ReactNode }) {
  const t = useT();
  const sv = useSwedishContent();
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
                {(user.role === "volunteer" ? volunteerNav(user) : NAV[user.role]).map(([to, label]) => (
                  <li key={to}>
                    <NavLink to={to} end>
                      {t(label)}
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
        <p>
          {region ? (
            <>
              <span lang={sv}>{region}</span> ·{" "}
            </>
          ) : null}
          {t("app.name")}
        </p>
        <p>
          <Link to="/sjalvhjalp">{t("selfHelp.title")}</Link>
        </p>
        <p>
          <Link to="/motesplatser">{t("meetingPlaces.title")}</Link>
        </p>
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
