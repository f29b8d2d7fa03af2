import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DiffView } from "../../../client/src/components/DiffView";
import { DIFF_CELL_LIMIT, wordDiff } from "../../../client/src/components/wordDiff";

const joined = (parts: ReturnType<typeof wordDiff>, keep: "before" | "after") =>
  parts
    .filter((p) => p.kind === "same" || p.kind === (keep === "before" ? "removed" : "added"))
    .map((p) => p.text)
    .join("");

describe("wordDiff", () => {
  it("marks exactly the changed words and keeps the rest", () => {
    const parts = wordDiff("Koka vattnet i Centrum.", "Koka vattnet i Centrum och Söder.");
    expect(parts).toEqual([
      { kind: "same", text: "Koka vattnet i " },
      { kind: "removed", text: "Centrum." },
      { kind: "added", text: "Centrum och Söder." },
    ]);
  });

  it("finds a word inserted in the middle without touching its neighbours", () => {
    const parts = wordDiff("Vattnet ska kokas i minst en minut.", "Vattnet ska kokas i minst tre minuter.");
    expect(parts.filter((p) => p.kind !== "same")).toEqual([
      { kind: "removed", text: "en minut." },
      { kind: "added", text: "tre minuter." },
    ]);
  });

  it("reads a replaced phrase as one removal and one addition, not alternating words", () => {
    const parts = wordDiff("Kommunen har hittat bakterier.", "Deras nya text om läget.");
    expect(parts).toEqual([
      { kind: "removed", text: "Kommunen har hittat bakterier." },
      { kind: "added", text: "Deras nya text om läget." },
    ]);
  });

  it("always rebuilds both texts from its parts, line breaks included", () => {
    const before = "Rad ett.\n\nRad två med fler ord.\nSista raden.";
    const after = "Rad ett.\nRad två med andra ord.\n\nSista raden, ändrad.";
    const parts = wordDiff(before, after);
    expect(joined(parts, "before")).toBe(before);
    expect(joined(parts, "after")).toBe(after);
  });

  it("falls back to removed + added for a middle too large to table, still rebuilding both texts", () => {
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");
    const side = Math.ceil(Math.sqrt(DIFF_CELL_LIMIT));
    const before = `Start ${words("a", side)} slut`;
    const after = `Start ${words("b", side)} slut`;
    const parts = wordDiff(before, after);
    expect(joined(parts, "before")).toBe(before);
    expect(joined(parts, "after")).toBe(after);
    expect(parts[0]).toEqual({ kind: "same", text: "Start " });
  });

  it("returns one unchanged part for equal texts", () => {
    expect(wordDiff("Samma text.", "Samma text.")).toEqual([{ kind: "same", text: "Samma text." }]);
  });
});

describe("DiffView", () => {
  it("shows removed words struck through and added ones inserted, each named in words", () => {
    const { container } = render(
      <DiffView
        fields={[{ label: "Rubrik", before: "Koka vattnet", after: "Koka allt vatten" }]}
        otherChanged={["Målgrupper"]}
      />,
    );
    expect(screen.getByRole("heading", { name: "Rubrik" })).toBeInTheDocument();
    expect(container.querySelector("del")).toHaveTextContent("[borttaget: vattnet]");
    expect(container.querySelector("ins")).toHaveTextContent("[tillagt: allt vatten]");
    expect(screen.getByText("Andra ändrade fält: Målgrupper")).toBeInTheDocument();
  });

  it("says so when nothing differs", () => {
    render(<DiffView fields={[{ label: "Rubrik", before: "Samma", after: "Samma" }]} />);
    expect(screen.getByText("Inga skillnader.")).toBeInTheDocument();
  });
});
