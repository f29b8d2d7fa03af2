import { describe, expect, it } from "vitest";
import { describeEvent } from "../../../client/src/i18n/describeEvent";
import { claimEvent, makeClaim } from "./fixtures";

const INCIDENT = "00000000-0000-4000-8000-0000000000aa";

describe("claim events in the incident log", () => {
  it("reads as Swedish sentences naming the claim, not the raw event type", () => {
    const claim = makeClaim(INCIDENT, { text: "Vattnet stängs av i kväll" });
    expect(describeEvent(claimEvent(1, "claim.created", claim), "sv")).toBe(
      "Lena Krisledare loggade ryktet ”Vattnet stängs av i kväll”.",
    );
    expect(describeEvent(claimEvent(2, "claim.taken", { ...claim, status: "assigned" }), "sv")).toBe(
      "Lena Krisledare tog ryktet ”Vattnet stängs av i kväll”.",
    );
    expect(describeEvent(claimEvent(3, "claim.status_changed", { ...claim, status: "in_review" }), "sv")).toBe(
      "Lena Krisledare skickade rättelsen av ryktet ”Vattnet stängs av i kväll” för granskning.",
    );
    expect(
      describeEvent(claimEvent(4, "claim.updated", claim, { changed: ["notes"], note: { text: "x" } }), "sv"),
    ).toMatch(/skrev en anteckning/);
    expect(describeEvent(claimEvent(5, "claim.updated", claim, { changed: ["text"] }), "en")).toBe(
      "Lena Krisledare changed the claim “Vattnet stängs av i kväll”.",
    );
  });

  it("shortens a long claim and tells the merged one from the survivor", () => {
    const long = makeClaim(INCIDENT, { text: "a".repeat(200), status: "dismissed", mergedInto: INCIDENT });
    const line = describeEvent(claimEvent(6, "claim.merged", long), "sv");
    expect(line).toMatch(/^Lena Krisledare slog ihop ryktet ”a+…” med ett liknande\.$/);
    expect(line.length).toBeLessThan(140);
    expect(describeEvent(claimEvent(7, "claim.merged", makeClaim(INCIDENT, { text: "Kvar" })), "sv")).toBe(
      "Lena Krisledare slog ihop ett liknande rykte med ”Kvar”.",
    );
  });
});
