import { Link } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";

const BULLETIN_PREFIX = "bulletin:";

/** "redigerar ”Koka vattnet …”" for a presence entry, linking to the bulletin; other values as they are. */
export function EditingWhat({ editing }: { editing: string }) {
  const t = useT();
  const id = editing.startsWith(BULLETIN_PREFIX) ? editing.slice(BULLETIN_PREFIX.length) : null;
  const bulletin = useStore((s) => (id ? s.bulletinData.bulletins[id] : undefined));
  if (!id) return <span className="presence-editing">{t("presence.editing", { what: editing })}</span>;
  const headline = bulletin?.headline || t("bulletins.untitled");
  const [before, after = ""] = t("presence.editing", { what: "\u0000" }).split("\u0000");
  return (
    <span className="presence-editing">
      {before}
      {bulletin ? (
        <Link to={`/incidents/${bulletin.incidentId}/bulletins/${id}`}>”{headline}”</Link>
      ) : (
        t("presence.editingBulletin")
      )}
      {after}
    </span>
  );
}
