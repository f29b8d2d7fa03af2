import type { FactStatus } from "@shared/schemas/fact";
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
