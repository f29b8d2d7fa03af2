import type { FaqScore } from "@shared/schemas/faq";
import { Badge } from "../../components/Badge";
import { useT } from "../../i18n/useT";

const TONE = { pass: "success", warn: "warning", fail: "danger" } as const;

/** The checklist's overall score with its verdict in words, so colour is never the only signal. */
export function ScoreBadge({ score }: { score: FaqScore }) {
  const t = useT();
  return (
    <Badge tone={TONE[score.status]} label={t("faq.score")}>
      {score.overall} · {t(`faq.score.${score.status}`)}
    </Badge>
  );
}
