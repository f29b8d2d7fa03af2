import type { Bulletin } from "@shared/schemas/bulletin";
import type { Claim } from "@shared/schemas/claim";
import type { Fact } from "@shared/schemas/fact";
import type { Incident } from "@shared/schemas/incident";
import { isOpen } from "../claims/selectors";

export type OverviewSection = "bulletins" | "claims" | "facts";

/** The order when nothing is more urgent than anything else. */
const DEFAULT_ORDER: readonly OverviewSection[] = ["bulletins", "claims", "facts"];

export interface SectionInputs {
  incident: Incident;
  bulletins: readonly Bulletin[];
  claims: readonly Claim[];
  facts: readonly Fact[];
  now: number;
}

/**
 * How urgent each part of the overview is, 0 most. Overdue or critical claims, bulletins waiting for a decision (in
 * review or approved) and a broken promise come first; then a first bulletin not yet published; then open claims and
 * a lägesbild with no confirmed fact; an empty desk last (a brand-new incident must not open on an empty "Rykten och
 * rättelser").
 */
export function sectionUrgency({
  incident,
  bulletins,
  claims,
  facts,
  now,
}: SectionInputs): Record<OverviewSection, number> {
  const mine = bulletins.filter((b) => b.incidentId === incident.id);
  const waiting = mine.some((b) => b.status === "in_review" || b.status === "approved");
  const promiseBroken =
    incident.status !== "closed" && incident.nextUpdateDue !== null && Date.parse(incident.nextUpdateDue) < now;
  const nothingPublished = (incident.firstPublishedAt ?? incident.lastPublishedAt) === null;
  const open = claims.filter((c) => c.incidentId === incident.id && isOpen(c));
  const pressing = open.some((c) => c.severity === "critical" || Date.parse(c.dueAt) < now);
  const confirmed = facts.some((f) => f.incidentId === incident.id && f.status === "confirmed");
  return {
    bulletins: waiting || promiseBroken ? 0 : nothingPublished ? 1 : 3,
    claims: pressing ? 0 : open.length > 0 ? 2 : 5,
    facts: confirmed ? 4 : 2,
  };
}

/** The overview's sections, most urgent first; equals keep the default order. */
export function sectionOrder(inputs: SectionInputs): OverviewSection[] {
  const urgency = sectionUrgency(inputs);
  return [...DEFAULT_ORDER].sort(
    (a, b) => urgency[a] - urgency[b] || DEFAULT_ORDER.indexOf(a) - DEFAULT_ORDER.indexOf(b),
  );
}
