import { render, screen, within } from "@testing-library/react";
import { scoreMessage } from "@shared/checklist/index";
import { PRINCIPLES } from "@shared/checklist/constants";
import { ChecklistGauges } from "../../../client/src/features/bulletins/editor/ChecklistGauges";
import { afterEach, describe, expect, it, vi } from "vitest";
import { wholeWords } from "../../../client/src/features/bulletins/editor/FindingsList";
import { makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();

describe("bulletin editor: one verdict, what blocks first", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says why 'Info / Läget är oklart.' fails and lists what blocks publishing first", async () => {
    const bulletin = makeBulletin(incident.id, { headline: "Info", body: "Läget är oklart.", instruction: "" });
    renderEditor({ incident, bulletins: [bulletin], path: `/incidents/${incident.id}/bulletins/${bulletin.id}` });
    expect(await screen.findByText(/^Underkänd: .*Aktiv.* klarar inte checklistan/)).toBeInTheDocument();
    const blocking = screen.getByRole("region", { name: /Stoppar publicering \(\d+\)/ });
    // The same "too short" message fails all six principles: one line naming them, not six identical lines.
    const tooShort = within(blocking)
      .getAllByRole("listitem")
      .filter((li) => /för kort för att bedömas/.test(li.textContent ?? ""));
    expect(tooShort).toHaveLength(1);
    expect(tooShort[0]).toHaveTextContent("Aktiv, Öppen, Saklig, Snabb, Opartisk, Målgruppsanpassad");
  });

  it("says a good bulletin passes, with no blocking list", async () => {
    const fresh = makeIncident({ startedAt: new Date().toISOString(), nextUpdateDue: null });
    const bulletin = makeBulletin(fresh.id);
    const { container } = renderEditor({
      incident: fresh,
      bulletins: [bulletin],
      path: `/incidents/${fresh.id}/bulletins/${bulletin.id}`,
    });
    await screen.findByLabelText("Vad har hänt");
    expect(container.querySelector(".checklist-verdict")?.textContent).toMatch(/^Godkänd/);
    expect(screen.queryByRole("region", { name: /Stoppar publicering/ })).toBeNull();
  });

  it("says when no principle fails but the overall score is under the publish threshold, as the gate does", () => {
    const base = scoreMessage({
      kind: "bulletin",
      title: "Koka vattnet",
      body: "Koka vattnet i Norrby.",
      language: "sv",
    });
    const amber = { ...base, overall: 65, status: "warn" as const };
    for (const p of PRINCIPLES) amber[p] = { ...base[p], score: 65, status: "warn" };
    render(<ChecklistGauges result={amber} threshold={70} />);
    expect(screen.getByText(/^Under publiceringsgränsen \(70 poäng\)/)).toBeInTheDocument();
  });

  it("quotes whole words in 'Visa i texten'", () => {
    expect(wholeWords("Kan jag borsta tänderna?", 9, 13)).toBe("borsta");
    expect(wholeWords("troligen sabotage", 0, 8)).toBe("troligen");
    expect(wholeWords("abc def", 1, 2)).toBe("abc");
    expect(wholeWords("abc def", 4, 7)).toBe("def");
  });
});
