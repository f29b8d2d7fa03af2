import { Button } from "../../components/Button";
import { DiffView, type DiffField } from "../../components/DiffView";
import { useT } from "../../i18n/useT";

/**
 * Someone saved a newer version while this editor holds unsaved text: who, the difference between their text and
 * mine, and the two ways on. Shown before a save would be refused, so nobody meets a surprise 409.
 */
export function NewerVersionNotice({
  name,
  version,
  fields,
  onTakeTheirs,
  onKeepMine,
}: {
  name: string;
  version: number;
  fields: DiffField[];
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const t = useT();
  return (
    <section
      className="notice notice-warning conflict"
      role="status"
      aria-label={t("editing.newerSaved", { name, version })}
    >
      <p className="conflict-title">
        <strong>{t("editing.newerSaved", { name, version })}</strong>
      </p>
      <details>
        <summary>{t("editing.diffMineTheirs")}</summary>
        <DiffView fields={fields} />
      </details>
      <div className="form-actions">
        <Button onClick={onTakeTheirs}>{t("editing.takeTheirs")}</Button>
        <Button variant="primary" onClick={onKeepMine}>
          {t("editing.keepMine")}
        </Button>
      </div>
    </section>
  );
}
