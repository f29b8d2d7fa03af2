import type { ReactNode } from "react";
import { Link, Navigate, useLocation } from "react-router";
import type { Role } from "@shared/schemas/user";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { useDocumentTitle } from "./useDocumentTitle";

/** Signed-out visitors go to the login page, which sends them back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const status = useStore((s) => s.authStatus);
  const location = useLocation();
  const t = useT();
  if (status === "unknown") return <p className="loading">{t("app.loading")}</p>;
  if (status === "anonymous")
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const role = useStore((s) => s.user?.role);
  if (!role || !roles.includes(role)) return <NoAccessPage />;
  return children;
}

/**
 * A page the user's role may not open, as a page: a heading and a tab title that say so, and a way back to the start
 * page (only a warning box left a lead on /admin/users with no heading to land on and no way on).
 */
function NoAccessPage() {
  const t = useT();
  useDocumentTitle(t("app.forbidden.title"));
  return (
    <section className="page narrow">
      <h1>{t("app.forbidden.title")}</h1>
      <p className="notice notice-warning" role="alert">
        {t("app.forbidden")}
      </p>
      <p>
        <Link to="/">{t("app.forbidden.back")}</Link>
      </p>
    </section>
  );
}
