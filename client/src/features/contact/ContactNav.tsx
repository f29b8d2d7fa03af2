import { NavLink } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { canEditFaq } from "./permissions";

/** The contact centre's own tabs: answer calls, trends and statistics, and (for the crisis team) the FAQ. */
export function ContactNav() {
  const t = useT();
  const editor = useStore((s) => canEditFaq(s.user?.role));
  const pending = useStore((s) => Object.values(s.contact.suggestions).filter((x) => x.status === "open").length);
  return (
    <nav className="subnav" aria-label={t("contact.nav.label")}>
      <NavLink to="/contact" end>
        {t("contact.nav.answer")}
      </NavLink>
      <NavLink to="/contact/trends">{t("contact.nav.trends")}</NavLink>
      {editor ? (
        <NavLink to="/faq">
          {t("contact.nav.manage")}
          {/* The space keeps "Hantera FAQ" and "2 förslag" two words for every reader, not "FAQ2". */}
          {pending > 0 ? " " : null}
          {pending > 0 ? (
            <span className="subnav-count">
              {pending === 1 ? t("contact.nav.suggestionsOne") : t("contact.nav.suggestions", { count: pending })}
            </span>
          ) : null}
        </NavLink>
      ) : null}
    </nav>
  );
}
