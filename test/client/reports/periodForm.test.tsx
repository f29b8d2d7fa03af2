import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PeriodReportPage } from "../../../client/src/features/reports/PeriodReportPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

// uPlot (the report's charts) asks matchMedia for the pixel ratio when it loads; jsdom has none.
vi.hoisted(() => {
  window.matchMedia ??= (() => ({
    matches: false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
});

describe("the period report's form", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "lead" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("says at the field that the end is before the start, in Swedish, and asks the server nothing", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "not in this test" } }));
    render(
      <MemoryRouter initialEntries={["/reports?from=2026-11-01&to=2026-11-30"]}>
        <Routes>
          <Route path="/reports" element={<PeriodReportPage />} />
        </Routes>
      </MemoryRouter>,
    );
    const asked = calls.length;
    const to = screen.getByLabelText("Till och med");
    fireEvent.change(to, { target: { value: "2026-10-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Till och med kan inte vara före från och med.");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveFocus();
    expect(calls.length).toBe(asked);
  });
});
