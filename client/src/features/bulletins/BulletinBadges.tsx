import type { BulletinStatus, ScoreSummary, StaleReason } from "@shared/schemas/bulletin";
import { Badge } from "../../components/Badge";
import { joinList } from "../../i18n";
import { useLanguage, useT } from "../../i18n/useT";

const STATUS_TONE = {
  draft: "neutral",
  in_review: "info",
  approved: "success",
  published: "success",
  superseded: "neutral",
  retracted: "danger",
} as const;

export function BulletinStatusBadge({ status }: { status: BulletinStatus }) {
  const t = useT();
  return (
    <Badge tone={STATUS_TONE[status]} label={t("bulletins.status")}>
      {t(`bulletins.status.${status}`)}
    </Badge>
  );
}

/** "Inaktuellt" with the reasons in words (deduplicated); nothing when the bulletin is current. */
export function StaleBadge({ stale }: { stale: StaleReason[] }) {
  const t = useT();
  const lang = useLanguage();
  if (stale.length === 0) return null;
  // A reason about the published version (the live text cites a changed fact) says so.
  const reasons = [
    ...new Set(
      stale.map((r) =>
        r.scope === "published" ? `${t(`stale.${r.reason}`)} (${t("stale.scope.published")})` : t(`stale.${r.reason}`),
      ),
    ),
  ];
  return (
    <Badge tone="warning">
      <span aria-hidden="true">⚠&nbsp;</span>
      <span className="visually-hidden">{t("bulletins.staleLabel", { reasons: joinList(reasons, lang) })}</span>
      <span aria-hidden="true" title={joinList(reasons, lang)}>
        {t("bulletins.stale")}
      </span>
    </Badge>
  );
}

const SCORE_TONE = { pass: "success", warn: "warning", fail: "danger" } as const;

/**
 * A score as "72 p · Varning": number and word, not colour alone. `saved`: the score stored with the version when it
 * was saved. The checklist scores against the situation now (the clock, open claims, callers' questions), so a stored
 * score may since differ from the editor's and the publish dialog's: the badge says which one it is.
 */
export function ScoreBadge({ score, saved = false }: { score: ScoreSummary; saved?: boolean }) {
  const t = useT();
  return (
    <Badge tone={SCORE_TONE[score.status]} label={t("bulletins.score")}>
      {t("score.short", { score: score.overall })} · {t(`score.${score.status}`)}
      {saved ? <span className="badge-note"> {t("score.whenSaved")}</span> : null}
    </Badge>
  );
}
