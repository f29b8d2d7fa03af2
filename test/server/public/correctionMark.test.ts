import { describe, expect, it } from "vitest";
import type { PublicBulletin, PublicIncident } from "../../../server/presenters/public.js";
import { feedItems } from "../../../server/public/feedItems.js";
import { correctionMark, PUBLIC_STRINGS } from "../../../server/public/strings.js";

const at = "2026-12-06T09:00:00.000Z";
const correction = (headline: string, language: PublicBulletin["language"] = "sv"): PublicBulletin => ({
  id: `b-${headline.length}-${language}`,
  groupId: `g-${headline.length}-${language}`,
  incidentId: "i1",
  language,
  kind: "correction",
  headline,
  body: "Vattnet i Åby är inte förgiftat. Proverna från i morse visar rent vatten.",
  instruction: "",
  area: null,
  urgency: "Expected",
  severity: "Moderate",
  certainty: "Observed",
  categories: ["Health"],
  expiresAt: null,
  nextUpdateAt: null,
  publishedAt: at,
  firstPublishedAt: at,
  withdrawn: false,
  withdrawnAt: null,
  originalUpdated: false,
});
const incident = (bulletins: PublicBulletin[]): PublicIncident => ({
  id: "i1",
  title: "Vattenläcka i Åby",
  exercise: false,
  active: true,
  affectedAreas: [],
  lastPublishedAt: at,
  nextUpdateDue: null,
  bulletins,
});

describe("a correction is marked as one once", () => {
  it("adds the mark to a headline without it, and not to one that already opens with it", () => {
    const titles = feedItems(
      [incident([correction("Vattnet i Åby är inte förgiftat"), correction("Rättelse: vattnet i Åby är rent")])],
      "https://kommun.example/public",
    ).map((i) => i.title);
    expect(titles).toContain("Rättelse: Vattnet i Åby är inte förgiftat");
    expect(titles.some((t) => /Rättelse.*Rättelse/i.test(t))).toBe(false);
    expect(titles).toContain("Rättelse: vattnet i Åby är rent");
  });

  it("compares without case, in each language's own word", () => {
    expect(correctionMark(PUBLIC_STRINGS.sv, "RÄTTELSE: vattnet är rent")).toBe("");
    expect(correctionMark(PUBLIC_STRINGS.en, "Correction – the water is safe")).toBe("");
    expect(correctionMark(PUBLIC_STRINGS.en, "The water is safe")).toBe("Correction");
  });
});
