import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "../../../client/src/components/wordDiff";

const render = (before: string, after: string) =>
  wordDiff(before, after)
    .map((p) => (p.kind === "same" ? p.text : p.kind === "added" ? `[+${p.text}]` : `[-${p.text}]`))
    .join("");

describe("word diff of a changed answer", () => {
  it("marks the words replaced and keeps the rest", () => {
    expect(render("Koka vattnet i minst en minut.", "Koka vattnet i minst tre minuter.")).toBe(
      "Koka vattnet i minst [-en minut.][+tre minuter.]",
    );
  });

  it("gives both texts back: the kept and added parts are the new text, the kept and removed the old", () => {
    const before = "Tankbilar står vid Norrby skola. Ta med dunkar.";
    const after = "Tankbilar står vid Norrby skola och biblioteket i Söderäng. Ta med egna rena dunkar.";
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
  });

  it("finds nothing to mark in an unchanged text, and handles empty texts", () => {
    expect(hasChanges(wordDiff("Samma svar.", "Samma svar."))).toBe(false);
    expect(render("", "Nytt svar.")).toBe("[+Nytt svar.]");
    expect(render("Gammalt svar.", "")).toBe("[-Gammalt svar.]");
  });
});
