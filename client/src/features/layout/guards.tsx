import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role } from "@shared/schemas/user";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";

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
  const t = useT();
  if (!role || !roles.includes(role)) {
    return (
      <p className="notice notice-warning" role="alert">
        {t("app.forbidden")}
      </p>
    );
  }
  return children;
}
