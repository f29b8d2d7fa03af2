import { Link } from "react-router";
import type { Bulletin, ScoreSummary } from "@shared/schemas/bulletin";
import type { Incident } from "@shared/schemas/incident";
import { Badge, ExerciseBadge } from "../../../components/Badge";
import { ExerciseBanner } from "../../../components/ExerciseBanner";
import { useT } from "../../../i18n/useT";
import { useDocumentTitle } from "../../layout/useDocumentTitle";
import { BulletinStatusBadge, ScoreBadge, StaleBadge } from "../BulletinBadges";

interface EditorHeaderProps {
  incident: Incident;
  bulletin: Bulletin | undefined;
  headline: string;
  saveMessage: { text: string; error: boolean } | null;
  /** A viewer (or a retracted bulletin): the title does not say "Redigera". */
  readOnly?: boolean;
  /** The checklist's score of the text as it stands, now: the same figure as the checklist panel and the gate. */
  liveScore: ScoreSummary;
}

/** Back link, exercise banner, the title and the bulletin's state in words. */
export function EditorHeader({
  incident,
  bulletin,
  headline,
  saveMessage,
  readOnly = false,
  liveScore,
}: EditorHeaderProps) {
  const t = useT();
  const title = bulletin ? t(readOnly ? "editor.titleReadOnly" : "editor.title") : t("editor.titleNew");
  useDocumentTitle(bulletin ? headline || title : title);
  return (
    <>
      <p className="back-link">
        <Link to={`/incidents/${incident.id}`}>
          ← {t("editor.back")}: {incident.title}
        </Link>
      </p>
      {incident.exercise ? <ExerciseBanner /> : null}
      <header className="editor-head">
        <h1 id="editor-title">{title}</h1>
        {bulletin ? (
          <div className="badges">
            {incident.exercise ? <ExerciseBadge /> : null}
            <BulletinStatusBadge status={bulletin.status} />
            <Badge tone="neutral" label={t("editor.kind")}>
              {t(`bulletins.kind.${bulletin.kind}`)}
            </Badge>
            <Badge tone="neutral" label={t("editor.language")}>
              {t(`lang.${bulletin.language}`)}
            </Badge>
            <span className="muted small">{t("bulletins.version", { version: bulletin.version })}</span>
            <ScoreBadge score={liveScore} />
            <StaleBadge stale={bulletin.stale} />
          </div>
        ) : null}
        {bulletin?.publishedVersion && bulletin.status !== "published" && bulletin.status !== "retracted" ? (
          <p className="small">{t("editor.publishedLive", { version: bulletin.publishedVersion })}</p>
        ) : null}
        <p className={saveMessage?.error ? "save-state save-error" : "save-state"} role="status">
          {saveMessage?.text}
        </p>
      </header>
    </>
  );
}
