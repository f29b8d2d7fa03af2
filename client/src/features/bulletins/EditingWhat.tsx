import { Link } from "react-router";
import { textLang } from "@shared/constants";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { Quoted } from "../../components/Quoted";

const BULLETIN_PREFIX = "bulletin:";
/** The other editors' presence values (features/editing): what they name, in words. */
const OTHER_KINDS = {
  faq: "presence.editingFaq",
  fact: "presence.editingFact",
  claim: "presence.editingClaim",
} as const;

/**
 * "redigerar ”Koka vattnet …”" for a presence entry, linking to the bulletin (also while one of its channel versions
 * is written, "bulletin:<id>#sms"); an FAQ answer, fact or claim in words; other values as they are.
 */
export function EditingWhat({ editing }: { editing: string }) {
  const t = useT();
  const [key = "", part] = editing.split("#");
  const id = key.startsWith(BULLETIN_PREFIX) ? key.slice(BULLETIN_PREFIX.length) : null;
  const bulletin = useStore((s) => (id ? s.bulletinData.bulletins[id] : undefined));
  const kind = key.split(":")[0] ?? "";
  if (!id) {
    const words = kind in OTHER_KINDS ? t(OTHER_KINDS[kind as keyof typeof OTHER_KINDS]) : editing;
    return <span className="presence-editing">{t("presence.editing", { what: words })}</span>;
  }
  const headline = bulletin?.headline || t("bulletins.untitled");
  const [before, after = ""] = t("presence.editing", { what: "\u0000" }).split("\u0000");
  return (
    <span className="presence-editing">
      {before}
      {part ? `${t("presence.editingChannel")}: ` : null}
      {bulletin ? (
        <Link to={`/incidents/${bulletin.incidentId}/bulletins/${id}`}>
          <Quoted text={headline} lang={bulletin.headline ? textLang(bulletin.language) : undefined} />
        </Link>
      ) : (
        t("presence.editingBulletin")
      )}
      {after}
    </span>
  );
}
