import { useStore } from "../../store";
import { sectionOrder, type OverviewSection } from "./sectionOrder";

/**
 * The overview's section order, recomputed from the store on every change and clock tick but handed to React as a
 * string, so the page re-renders only when the order itself changes.
 */
export function useSectionOrder(incidentId: string): OverviewSection[] {
  const order = useStore((s) => {
    const incident = s.incidents[incidentId];
    if (!incident) return "bulletins,claims,facts";
    return sectionOrder({
      incident,
      bulletins: Object.values(s.bulletinData.bulletins),
      claims: Object.values(s.claimsData.claims),
      facts: Object.values(s.bulletinData.facts),
      now: s.now,
    }).join(",");
  });
  return order.split(",") as OverviewSection[];
}
