import type { Fact, FactStatus } from "@shared/schemas/fact";
import { Badge } from "../../components/Badge";
import { useT } from "../../i18n/useT";

const TONE = { confirmed: "success", unconfirmed: "warning", retracted: "danger" } as const;
const ICON: Record<FactStatus, string> = { confirmed: "✓", unconfirmed: "?", retracted: "✕" };

/** bekräftad / obekräftad / tillbakadragen, in words with an icon; the colour only repeats it. */
export function FactStatusBadge({ status }: { status: FactStatus }) {
  const t = useT();
  return (
    <Badge tone={TONE[status]} label={t("facts.status")}>
      <span aria-hidden="true">{ICON[status]}&nbsp;</span>
      {t(`facts.status.${status}`)}
    </Badge>
  );
}

/**
 * A fact as a picker's option shows it: the statement (struck through when retracted) and its badge, side by side
 * where they fit and the badge under the statement where not.
 */
export function FactOptionText({ fact }: { fact: Pick<Fact, "statement" | "status"> }) {
  return (
    <span className="fact-option-text">
      <span className={fact.status === "retracted" ? "fact-statement-retracted" : undefined}>{fact.statement}</span>{" "}
      <FactStatusBadge status={fact.status} />
    </span>
  );
}
