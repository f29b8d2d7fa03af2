import { describe, expect, it } from "vitest";
import { byDue, runBulk } from "../../../client/src/features/claims/bulk";
import { makeClaim } from "./fixtures";

const INCIDENT = "00000000-0000-4000-8000-0000000000aa";

describe("bulk actions on the claims list", () => {
  it("runs the action for every claim in turn, keeps going past a refusal and names each failed claim", async () => {
    const claims = ["a", "b", "c"].map((text) => makeClaim(INCIDENT, { text }));
    const progress: number[] = [];
    const seen: string[] = [];
    const outcome = await runBulk(
      claims,
      async (claim) => {
        seen.push(claim.text);
        if (claim.text === "b") throw new Error("Påståendet är redan avfärdat.");
        return { ...claim, severity: "critical" };
      },
      (done) => progress.push(done),
    );
    expect(seen).toEqual(["a", "b", "c"]);
    expect(progress).toEqual([1, 2, 3]);
    expect(outcome.ok.map((c) => [c.text, c.severity])).toEqual([
      ["a", "critical"],
      ["c", "critical"],
    ]);
    expect(outcome.failed.map((f) => [f.claim.text, (f.error as Error).message])).toEqual([
      ["b", "Påståendet är redan avfärdat."],
    ]);
  });

  it("sorts by due time either way, the most severe first at the same time", () => {
    const due = (m: number) => new Date(Date.UTC(2026, 11, 3, 12, m)).toISOString();
    const late = makeClaim(INCIDENT, { text: "late", dueAt: due(50), severity: "low" });
    const soonLow = makeClaim(INCIDENT, { text: "soon-low", dueAt: due(10), severity: "low" });
    const soonCritical = makeClaim(INCIDENT, { text: "soon-critical", dueAt: due(10), severity: "critical" });
    const list = [late, soonLow, soonCritical];
    expect([...list].sort(byDue("asc")).map((c) => c.text)).toEqual(["soon-critical", "soon-low", "late"]);
    expect([...list].sort(byDue("desc")).map((c) => c.text)).toEqual(["late", "soon-critical", "soon-low"]);
  });
});
