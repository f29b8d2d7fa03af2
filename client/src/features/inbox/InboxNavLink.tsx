import { useEffect } from "react";
import { NavLink } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { mayApproveBulletins, selectInReviewCount } from "../bulletins/selectors";
import "./inboxNav.css";

/** "Granska" in the header for leads and admins, with the live count of bulletins waiting for review. */
export function InboxNavLink() {
  const t = useT();
  const role = useStore((s) => s.user?.role);
  const count = useStore(selectInReviewCount);
  const allowed = mayApproveBulletins(role);

  useEffect(() => {
    // The loaders (and the schemas they parse with) are not in the login page's chunks: fetched once signed in.
    if (allowed) void import("../../store/bulletins/loaders").then(({ loadInbox }) => loadInbox()).catch(() => {});
  }, [allowed]);

  if (!allowed) return null;
  return (
    <NavLink to="/inbox" className="inbox-nav">
      {t("inbox.nav")}
      {count > 0 ? (
        <span className="count-badge" data-testid="inbox-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">, {t("inbox.navCountAll", { count })}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
