import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { Announcer } from "../../components/Announcer";
import { useT } from "../../i18n/useT";
import { NotificationRegion } from "../notifications/NotificationRegion";
import { Header } from "./Header";

export function Layout() {
  const t = useT();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After client-side navigation, start keyboard and screen-reader users at the new page's content,
  // as a full page load would; the first render keeps the browser's own focus.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <Announcer />
      <NotificationRegion />
    </>
  );
}
