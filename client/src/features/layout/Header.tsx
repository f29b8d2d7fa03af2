import { useEffect, useRef, useState } from "react";
import { NavLink, useLocation } from "react-router";
import { Button } from "../../components/Button";
import { ConnectionIndicator } from "../../components/ConnectionIndicator";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { signOut } from "../../store/session/lifecycle";
import { InboxNavLink } from "../inbox/InboxNavLink";

/**
 * The console's header. On a phone (≤ 640 px) it is one row: the name, the connection and a "Meny" button that
 * folds out the navigation, language and account; wider screens show everything at once and hide the button.
 */
export function Header() {
  const t = useT();
  const user = useStore((s) => s.user);
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // A chosen page closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  const headerRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Escape folds the open menu (a disclosure) and gives the focus back to its button: a link in the folded menu is
  // hidden, and a keyboard user left on it would be nowhere. Focus elsewhere on the page stays where it is.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      setOpen(false);
      const focused = document.activeElement;
      if (!focused || focused === document.body || headerRef.current?.contains(focused)) toggleRef.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);
  const classes = ["app-header", user ? "has-menu" : "", open ? "is-menu-open" : ""].filter(Boolean).join(" ");
  return (
    <header className={classes} ref={headerRef}>
      <div className="app-header-inner">
        <NavLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t("app.name")}
        </NavLink>
        {user ? (
          <nav id="main-nav" aria-label={t("app.nav.label")} className="main-nav">
            {user.role === "lead" || user.role === "admin" ? (
              <NavLink to="/" end>
                {t("app.nav.dashboard")}
              </NavLink>
            ) : null}
            <NavLink to="/incidents" end>
              {t("app.nav.incidents")}
            </NavLink>
            <InboxNavLink />
            <NavLink to="/contact">{t("contact.title")}</NavLink>
            {user.role === "lead" || user.role === "admin" || user.role === "viewer" ? (
              <NavLink to="/reports">{t("reports.nav")}</NavLink>
            ) : null}
            {user.role === "admin" ? <NavLink to="/admin/users">{t("app.nav.users")}</NavLink> : null}
          </nav>
        ) : null}
        {user ? (
          <div className="header-status">
            <ConnectionIndicator />
          </div>
        ) : null}
        {user ? (
          <button
            ref={toggleRef}
            type="button"
            className="btn btn-secondary menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav header-menu"
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">☰ </span>
            {t("app.menu")}
          </button>
        ) : null}
        <div className="header-tools" id="header-menu">
          <LanguageSwitch />
          {user ? (
            <div className="current-user">
              <span className="visually-hidden">
                {t("app.signedInAs", { name: `${user.displayName}, ${t(`role.${user.role}`)}` })}
              </span>
              <span className="current-user-name" aria-hidden="true">
                {user.displayName}
              </span>
              <span className="current-user-role" aria-hidden="true">
                {t(`role.${user.role}`)}
              </span>
            </div>
          ) : null}
          {user ? (
            <Button variant="quiet" onClick={() => void signOut()}>
              {t("app.logout")}
            </Button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
