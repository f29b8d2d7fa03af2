import type { ReactNode } from "react";
import type { IncidentSeverity, IncidentStatus } from "@shared/schemas/incident";
import { useT } from "../i18n/useT";

type Tone = "neutral" | "info" | "success" | "warning" | "danger" | "exercise";

export function Badge({ tone = "neutral", children, label }: { tone?: Tone; children: ReactNode; label?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={label}>
      {label ? <span className="visually-hidden">{label}: </span> : null}
      {children}
    </span>
  );
}

const STATUS_TONE: Record<IncidentStatus, Tone> = { active: "danger", monitoring: "warning", closed: "neutral" };
const SEVERITY_TONE: Record<IncidentSeverity, Tone> = {
  minor: "neutral",
  moderate: "info",
  severe: "warning",
  extreme: "danger",
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const t = useT();
  return (
    <Badge tone={STATUS_TONE[status]} label={t("incident.status")}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const t = useT();
  return (
    <Badge tone={SEVERITY_TONE[severity]} label={t("incident.severity")}>
      {t(`severity.${severity}`)}
    </Badge>
  );
}

export function ExerciseBadge() {
  const t = useT();
  return <Badge tone="exercise">{t("incident.exercise").toLocaleUpperCase()}</Badge>;
}
