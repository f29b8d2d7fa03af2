import { memo, useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useShallow } from "zustand/react/shallow";
import { BULLETIN_LANGUAGES, type Bulletin } from "@shared/schemas/bulletin";
import type { MessageLanguage } from "@shared/schemas/checklist";
import { Button } from "../../../components/Button";
import { FormField } from "../../../components/FormField";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/useT";
import { useStore } from "../../../store";
import { createDraft } from "../actions";
import { BulletinStatusBadge, StaleBadge } from "../BulletinBadges";
import { mayWriteBulletins, selectGroup } from "../selectors";

/** The bulletin's language group (master and translations) with their state, and "create translation". */
export const LanguageVersions = memo(function LanguageVersions({ bulletin }: { bulletin: Bulletin }) {
  const t = useT();
  const navigate = useNavigate();
  const selector = useMemo(() => selectGroup(bulletin.id), [bulletin.id]);
  const group = useStore(useShallow(selector));
  const canWrite = useStore((s) => mayWriteBulletins(s.user?.role));
  const master = group.find((b) => b.translationOf === null);
  const taken = new Set(group.map((b) => b.language));
  const free = BULLETIN_LANGUAGES.filter((l) => !taken.has(l));
  const [language, setLanguage] = useState<MessageLanguage | "">("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = language !== "" && free.includes(language) ? language : (free[0] ?? null);

  const create = async () => {
    if (!master || !chosen) return;
    setBusy(true);
    setError(null);
    try {
      // The translation starts with the master's audiences, channels, facts and alert fields; the texts are written anew.
      const meta = master;
      const created = await createDraft(master.incidentId, {
        kind: meta.kind,
        audiences: meta.audiences,
        channels: meta.channels,
        factIds: meta.factIds,
        area: meta.area,
        urgency: meta.urgency,
        severity: meta.severity,
        certainty: meta.certainty,
        categories: meta.categories,
        expiresAt: meta.expiresAt,
        nextUpdateAt: meta.nextUpdateAt,
        language: chosen,
        translationOf: master.id,
      });
      navigate(`/incidents/${created.incidentId}/bulletins/${created.id}`);
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card language-versions" aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t("languages.title")}</h2>
      <ul className="language-list">
        {group.map((b) => (
          <li key={b.id}>
            {/* The name is in the UI's words ("Finska", "Swedish"), not in the language it names: no `lang` here. */}
            <span className="language-name">
              {b.id === bulletin.id ? (
                <strong>
                  {t(`lang.${b.language}`)} {t("languages.this")}
                </strong>
              ) : (
                <Link to={`/incidents/${b.incidentId}/bulletins/${b.id}`}>{t(`lang.${b.language}`)}</Link>
              )}
            </span>
            {b.translationOf === null ? <span className="muted small">{t("languages.master")}</span> : null}
            <BulletinStatusBadge status={b.status} />
            <StaleBadge stale={b.stale} />
            <span className="muted small">{t("bulletins.version", { version: b.version })}</span>
          </li>
        ))}
      </ul>
      {group.length <= 1 ? <p className="muted">{t("languages.none")}</p> : null}
      {canWrite && master && free.length > 0 && master.status !== "retracted" ? (
        <div className="inline-form">
          <FormField label={t("languages.addLanguage")}>
            {(control) => (
              <select
                {...control}
                value={chosen ?? ""}
                onChange={(e) => setLanguage(e.target.value as MessageLanguage)}
              >
                {free.map((l) => (
                  <option key={l} value={l}>
                    {t(`lang.${l}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <Button busy={busy} onClick={() => void create()}>
            {t("languages.add")}
          </Button>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});
