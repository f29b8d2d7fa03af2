import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useT } from "../../i18n/useT";
import { useStore } from "../../store";
import { ensureBulletin, loadBulletins, loadFacts } from "../../store/bulletins/loaders";
import { useIncidentPresence } from "../../store/session/hooks";
import { ensureIncident } from "../../store/incidents/loaders";
import { ReachPanel } from "../outbox/ReachPanel";
import { BulletinEditor } from "./editor/BulletinEditor";
import "./bulletins.css";

/** /incidents/:id/bulletins/new and /incidents/:id/bulletins/:bulletinId. */
export function BulletinEditorPage() {
  const { id = "", bulletinId } = useParams();
  const t = useT();
  const incident = useStore((s) => s.incidents[id]);
  const bulletin = useStore((s) => (bulletinId ? s.bulletinData.bulletins[bulletinId] : undefined));
  const [missing, setMissing] = useState(false);
  useIncidentPresence(id);

  useEffect(() => {
    setMissing(false);
    const jobs = [ensureIncident(id), bulletinId ? ensureBulletin(bulletinId) : Promise.resolve(true)];
    Promise.all(jobs)
      .then((found) => setMissing(found.includes(false)))
      .catch(() => {});
    const lists = useStore.getState().bulletinData;
    // Facts for the picker and scoring; the incident's bulletins for the language group.
    if (lists.factLists[id] !== "loaded") void loadFacts(id).catch(() => {});
    if (lists.bulletinLists[id] !== "loaded") void loadBulletins(id).catch(() => {});
  }, [id, bulletinId]);

  const wrongIncident = bulletin !== undefined && bulletin.incidentId !== id;
  if (!incident || (bulletinId && !bulletin) || wrongIncident) {
    return (
      <section className="page narrow">
        <p>
          <Link to={`/incidents/${id}`}>← {t("editor.back")}</Link>
        </p>
        {missing || wrongIncident ? (
          <p className="notice notice-warning" role="alert">
            {t("editor.notFound")}
          </p>
        ) : (
          <p className="loading">{t("app.loading")}</p>
        )}
      </section>
    );
  }
  // A new key per bulletin: the editor's draft belongs to one bulletin (and "new" becomes an id after the first save).
  return (
    <>
      <BulletinEditor key={bulletinId ?? "new"} incident={incident} bulletin={bulletin} />
      {/* Where the published bulletin went on to (webhooks, e-mail subscribers), per publish. */}
      {bulletin && bulletin.firstPublishedAt !== null ? (
        <div className="page">
          <ReachPanel bulletinId={bulletin.id} changedAt={bulletin.retractedAt ?? bulletin.publishedAt} />
        </div>
      ) : null}
    </>
  );
}
