import type { FaqScore } from "@shared/schemas/faq";
import { Badge } from "../../components/Badge";
import { useT } from "../../i18n/useT";

const TONE = { pass: "success", warn: "warning", fail: "danger" } as const;

/**
 * The checklist's overall score with its verdict in words, so colour is never the only signal. `unlabelled` where
 * what stands before it already names the checklist (its heading), which the badge's hidden "Checklistpoäng:" would
 * only repeat ("Checklist Checklist score: 40 · fails").
 */
export function ScoreBadge({ score, unlabelled = false }: { score: FaqScore; unlabelled?: boolean }) {
  const t = useT();
  return (
    <Badge tone={TONE[score.status]} label={unlabelled ? undefined : t("faq.score")}>
      {score.overall} · {t(`faq.score.${score.status}`)}
    </Badge>
  );
}
