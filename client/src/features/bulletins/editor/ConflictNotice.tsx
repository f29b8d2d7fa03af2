import type { Bulletin } from "@shared/schemas/bulletin";
import { Button } from "../../../components/Button";
import { DiffView } from "../../../components/DiffView";
import { formatRelative } from "../../../i18n/format";
import { useLanguage, useT } from "../../../i18n/useT";
import { useNow } from "../../../store/session/ticker";
import { diffOf } from "./diffFields";
import type { Draft } from "./draft";

interface ConflictNoticeProps {
  /** The newer version someone else saved. */
  current: Bulletin;
  mine: Draft;
  /** A save was refused (409) rather than a newer version noticed while writing. */
  refused: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/** Someone else saved a newer version: who and when, the difference to my text, and the two ways on. */
export function ConflictNotice({ current, mine, refused, onTakeTheirs, onKeepMine }: ConflictNoticeProps) {
  const t = useT();
  const lang = useLanguage();
  const now = useNow();
  const { fields } = diffOf(current, mine, t);
  return (
    <section
      className={refused ? "notice notice-error conflict" : "notice notice-warning conflict"}
      role={refused ? "alert" : "status"}
      aria-labelledby="conflict-title"
    >
      <h2 id="conflict-title" className="conflict-title">
        {refused
          ? t("editor.conflictTitle", { name: current.updatedByName })
          : t("editor.newerSaved", { name: current.updatedByName, version: current.version })}
      </h2>
      {refused ? (
        <p>
          {t("editor.conflictBody", { version: current.version, time: formatRelative(current.updatedAt, now, lang) })}
        </p>
      ) : null}
      <details open={refused}>
        <summary>{t("editor.conflictDiff")}</summary>
        <DiffView fields={fields} />
      </details>
      <div className="form-actions">
        <Button onClick={onTakeTheirs}>{t("editor.conflictReload")}</Button>
        <Button variant="primary" onClick={onKeepMine}>
          {t("editor.conflictKeep")}
        </Button>
      </div>
    </section>
  );
}
