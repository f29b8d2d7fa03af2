import { memo } from "react";
import type { ChecklistResult } from "@shared/schemas/checklist";
import { PRINCIPLES } from "@shared/checklist/constants";
import { Gauge } from "../../../components/Gauge";
import { useT } from "../../../i18n/useT";

/** The overall score and the six principle gauges, each with its number and status in words. */
export const ChecklistGauges = memo(function ChecklistGauges({
  result,
  threshold,
}: {
  result: ChecklistResult;
  threshold?: number;
}) {
  const t = useT();
  const gauge = (label: string, value: number, status: ChecklistResult["status"], size: "large" | "small") => {
    const statusLabel = t(`score.${status}`);
    return (
      <Gauge
        label={label}
        value={value}
        status={status}
        statusLabel={statusLabel}
        valueText={t("score.valueText", { value, status: statusLabel })}
        size={size}
      />
    );
  };
  const failing = PRINCIPLES.filter((p) => result[p].status === "fail");
  return (
    <div className="checklist-gauges">
      {gauge(t("principle.overall"), result.overall, result.status, "large")}
      {/* The number alone can look like a pass (79 of 100): say why the verdict is what it is, as the gate will. */}
      <p className={`checklist-verdict verdict-${result.status}`}>
        {failing.length > 0
          ? t("checklist.verdictFail", { principles: failing.map((p) => t(`principle.${p}`)).join(", ") })
          : threshold !== undefined && result.overall < threshold
            ? t("checklist.verdictBelow", { threshold })
            : t(result.status === "warn" ? "checklist.verdictWarn" : "checklist.verdictPass")}
      </p>
      <div className="checklist-principles">
        {PRINCIPLES.map((p) => (
          <div key={p}>{gauge(t(`principle.${p}`), result[p].score, result[p].status, "small")}</div>
        ))}
      </div>
    </div>
  );
});
