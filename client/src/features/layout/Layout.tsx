import { Outlet } from "react-router";
import { Announcer } from "../../components/Announcer";
import { useT } from "../../i18n/useT";
import { Header } from "./Header";

export function Layout() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <Announcer />
    </>
  );
}
