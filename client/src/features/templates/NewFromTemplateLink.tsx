import { Link } from "react-router";
import { useTemplateText } from "./texts";

/** "Nytt meddelande från mall", one step from the incident, next to "Nytt meddelande". */
export function NewFromTemplateLink({ incidentId }: { incidentId: string }) {
  const t = useTemplateText();
  return (
    <Link className="btn btn-secondary" to={`/incidents/${incidentId}/bulletins/from-template`}>
      {t("newFromTemplate")}
    </Link>
  );
}
