import { Link } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { mayWorkClaims } from "./selectors";
import "./claims.css";

/** The way to the claims board from the incident overview, for the roles that work the desk. */
export function ClaimsOverviewLink({ incidentId }: { incidentId: string }) {
  const t = useT();
  const allowed = useStore((s) => mayWorkClaims(s.user?.role));
  if (!allowed) return null;
  return (
    <p className="claims-overview-link">
      <Link className="btn btn-secondary" to={`/incidents/${incidentId}/claims`}>
        {t("claims.overviewLink")}
      </Link>{" "}
      <span className="field-hint">{t("claims.overviewHint")}</span>
    </p>
  );
}
