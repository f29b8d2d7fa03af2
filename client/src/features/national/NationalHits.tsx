import type { NationalItem } from "@shared/schemas/national";
import { useStore } from "../../store";
import { CITERS, NationalItemCard } from "./NationalPanel";
import { useNationalText } from "./texts";

/**
 * What Krisinformation has said about the caller's question (useNationalSearch), listed under the FAQ hits with a
 * heading and each item's source, so the agent never mistakes it for the municipality's own answer.
 */
export function NationalHits({ items, incidentId }: { items: NationalItem[]; incidentId: string | null }) {
  const t = useNationalText();
  const canCite = useStore((s) => CITERS.has(s.user?.role ?? ""));
  if (items.length === 0) return null;
  return (
    <section className="national-hits" aria-labelledby="national-hits-heading" data-testid="national-hits">
      <h3 id="national-hits-heading">{t("hitsHeading")}</h3>
      <p className="muted national-intro">{t("hitsIntro")}</p>
      <ul className="national-list">
        {items.map((item) => (
          <NationalItemCard
            key={`${item.id}@${item.version}`}
            item={item}
            incidentId={incidentId}
            canCite={canCite}
            showSource
            headingLevel={4}
          />
        ))}
      </ul>
    </section>
  );
}
