import { lazy, Suspense, useEffect, useRef } from "react";
import { Outlet, useLocation, useNavigationType } from "react-router";
import { Announcer } from "../../components/Announcer";
import { ClockSkewNotice } from "../../components/ClockSkewNotice";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { Header } from "./Header";
import { isSameView } from "./navigationState";

/**
 * Notifications come from the session's events, so their region (and the date formatting it needs) is fetched once
 * someone is signed in, not by the login page.
 */
const NotificationRegion = lazy(async () => ({
  default: (await import("../notifications/NotificationRegion")).NotificationRegion,
}));

export function Layout() {
  const t = useT();
  const { pathname, state } = useLocation();
  const navigationType = useNavigationType();
  // The same-view state stays on the history entry for good; it is honoured for the navigation that set it only.
  // Back or Forward to that entry (a POP) is a page change like any other, or focus stayed on <body> (WCAG 2.4.3).
  const sameView = isSameView(state) && navigationType !== "POP";
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const signedIn = useStore((s) => s.authStatus === "authenticated");

  // After client-side navigation, start keyboard and screen-reader users at the new page's content,
  // as a full page load would; the first render keeps the browser's own focus.
  // A navigation that only renames the view the user is in (a new bulletin's first save gives it its own address)
  // keeps their place.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = "";
    if (sameView) return;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // Only a new path moves focus; `sameView` is read with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header />
      {signedIn ? <ClockSkewNotice /> : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {/* The pages are lazily loaded chunks (App.tsx); the header stays while one arrives. */}
        <Suspense fallback={<p className="loading">{t("app.loading")}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <Announcer />
      {signedIn ? (
        <Suspense fallback={null}>
          <NotificationRegion />
        </Suspense>
      ) : null}
    </>
  );
}
