import { CLAIM_REACHES, CLAIM_SEVERITIES, type ClaimReach, type ClaimSeverity } from "@shared/schemas/claim";
import { SelectField } from "../../components/SelectField";
import { useT } from "../../i18n/useT";

interface SeverityReachFieldsProps {
  severity: ClaimSeverity;
  reach: ClaimReach;
  onSeverity: (severity: ClaimSeverity) => void;
  onReach: (reach: ClaimReach) => void;
}

/** The two triage choices, asked the same way when a claim is logged and when it is triaged. */
export function SeverityReachFields({ severity, reach, onSeverity, onReach }: SeverityReachFieldsProps) {
  const t = useT();
  return (
    <>
      <SelectField
        label={t("claims.severity")}
        options={CLAIM_SEVERITIES}
        optionLabel={(s) => t(`claims.severity.${s}`)}
        value={severity}
        onChange={onSeverity}
      />
      <SelectField
        label={t("claims.reach")}
        options={CLAIM_REACHES}
        optionLabel={(r) => t(`claims.reach.${r}`)}
        value={reach}
        onChange={onReach}
      />
    </>
  );
}
