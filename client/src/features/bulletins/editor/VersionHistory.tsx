import { memo, useEffect, useState } from "react";
import type { BulletinVersion, BulletinVersionSummary } from "@shared/schemas/bulletin";
import { Button } from "../../../components/Button";
import { DiffView } from "../../../components/DiffView";
import { FormField } from "../../../components/FormField";
import { errorMessage } from "../../../i18n/errors";
import { formatDateTime } from "../../../i18n/format";
import { useLanguage, useT } from "../../../i18n/useT";
import { getVersion, listVersions } from "../../../api/bulletins";
import { ScoreBadge } from "../BulletinBadges";
import { diffOf } from "./diffFields";

interface VersionHistoryProps {
  bulletinId: string;
  /** Refetch when the bulletin moves on (a save, a publish). */
  version: number;
  status: string;
}

/** Every saved version with who, when, status and score; any two compared word by word. */
export const VersionHistory = memo(function VersionHistory({ bulletinId, version, status }: VersionHistoryProps) {
  const t = useT();
  const lang = useLanguage();
  const [versions, setVersions] = useState<BulletinVersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<{ a: BulletinVersion; b: BulletinVersion } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    listVersions(bulletinId)
      .then((list) => {
        if (!live) return;
        setVersions(list);
        setError(null);
      })
      .catch((err: unknown) => live && setError(errorMessage(err, t)));
    return () => {
      live = false;
    };
  }, [bulletinId, version, status, t]);

  const newest = versions?.[0]?.version ?? null;
  const fromValue = from ?? (newest !== null && newest > 1 ? newest - 1 : newest);
  const toValue = to ?? newest;

  const compare = async () => {
    if (fromValue === null || toValue === null) return;
    setBusy(true);
    try {
      const [a, b] = await Promise.all([getVersion(bulletinId, fromValue), getVersion(bulletinId, toValue)]);
      setDiff({ a, b });
      setError(null);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  const picker = (label: string, value: number | null, onChange: (v: number) => void) => (
    <FormField label={label}>
      {(control) => (
        <select {...control} value={value ?? ""} onChange={(e) => onChange(Number(e.target.value))}>
          {(versions ?? []).map((v) => (
            <option key={v.version} value={v.version}>
              {t("bulletins.version", { version: v.version })}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const fields = diff ? diffOf(diff.a, diff.b, t) : null;
  return (
    <section className="card version-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("history.title")}</h2>
      {error ? <p className="notice notice-error">{error}</p> : null}
      {versions === null && !error ? <p className="loading">{t("app.loading")}</p> : null}
      {versions?.length === 0 ? <p className="muted">{t("history.empty")}</p> : null}
      <ol className="version-list" reversed>
        {(versions ?? []).map((v) => (
          <li key={v.version}>
            <span>
              {t("history.line", {
                version: v.version,
                status: t(`bulletins.status.${v.status}`),
                name: v.savedBy.displayName,
                time: formatDateTime(v.savedAt, lang),
              })}
            </span>{" "}
            <ScoreBadge score={v.score} saved />
          </li>
        ))}
      </ol>
      {versions && versions.length > 1 ? (
        <div className="inline-form" role="group" aria-label={t("history.compare")}>
          {picker(t("history.from"), fromValue, setFrom)}
          {picker(t("history.to"), toValue, setTo)}
          <Button busy={busy} onClick={() => void compare()}>
            {t("history.show")}
          </Button>
        </div>
      ) : null}
      {diff && fields ? (
        <div aria-live="polite">
          <h3>
            {t("bulletins.version", { version: diff.a.version })} →{" "}
            {t("bulletins.version", { version: diff.b.version })}
          </h3>
          {diff.b.publishReason ? (
            <p className="small">{t("history.publishReason", { reason: diff.b.publishReason })}</p>
          ) : null}
          <DiffView fields={fields.fields} otherChanged={fields.otherChanged} />
        </div>
      ) : null}
    </section>
  );
});
