import { Link } from "react-router";
import { useTemplateText } from "./texts";

/** "Ny händelse från mall" beside the incident form: the incident and its first bulletin from one scenario. */
export function NewIncidentFromTemplateLink() {
  const t = useTemplateText();
  return (
    <p className="template-new-incident">
      <Link className="btn btn-secondary" to="/incidents/from-template">
        {t("newIncidentFromTemplate")}
      </Link>
    </p>
  );
}
