import { act, fireEvent, render, screen } from "@testing-library/react";
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

  function renderForm() {
    const stub = stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "not in this test" } }));
    render(
      <MemoryRouter initialEntries={["/reports?from=2026-11-01&to=2026-11-30"]}>
        <Routes>
          <Route path="/reports" element={<PeriodReportPage />} />
        </Routes>
      </MemoryRouter>,
    );
    return stub;
  }

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

  // A native date input follows the browser's locale: an English browser showed the committee's period as 11/30/2026.
  it("has the days typed as ÅÅÅÅ-MM-DD whatever the browser's locale, each spelled out in Swedish under its field", () => {
    renderForm();
    const from = screen.getByLabelText("Från och med");
    expect(from).toHaveAttribute("type", "text");
    expect(from).toHaveValue("2026-11-01");
    expect(from).toHaveAttribute("placeholder", "ÅÅÅÅ-MM-DD");
    expect(from).toHaveAccessibleDescription("söndag 1 november 2026 (ÅÅÅÅ-MM-DD)");
    expect(screen.getByLabelText("Till och med")).toHaveAccessibleDescription("måndag 30 november 2026 (ÅÅÅÅ-MM-DD)");
    fireEvent.change(from, { target: { value: "" } });
    expect(from).toHaveAccessibleDescription("Datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-30.");
    expect(from).not.toHaveAttribute("aria-invalid");
  });

  it("says at the field how to write a date it cannot read, and asks the server nothing", () => {
    const { calls } = renderForm();
    const asked = calls.length;
    const from = screen.getByLabelText("Från och med");
    fireEvent.change(from, { target: { value: "11/01/2026" } });
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAccessibleDescription("Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-30.");
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    expect(from).toHaveFocus();
    // A day the calendar does not have is no date either.
    fireEvent.change(from, { target: { value: "2026-02-31" } });
    expect(from).toHaveAttribute("aria-invalid", "true");
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    expect(calls.length).toBe(asked);
  });

  it("asks for the period typed, its days padded", async () => {
    const { calls } = renderForm();
    const from = screen.getByLabelText("Från och med");
    fireEvent.change(from, { target: { value: "2026-11-3" } });
    expect(from).not.toHaveAttribute("aria-invalid");
    expect(from).toHaveAccessibleDescription("tisdag 3 november 2026 (ÅÅÅÅ-MM-DD)");
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    await vi.waitFor(() => expect(calls.map((c) => c.url)).toContain("/api/reports?from=2026-11-03&to=2026-11-30"));
  });

  it("writes the format and the day in English when English is chosen", () => {
    renderForm();
    act(() => useStore.getState().setLanguage("en"));
    const from = screen.getByLabelText("From");
    expect(from).toHaveAttribute("placeholder", "YYYY-MM-DD");
    expect(from).toHaveAccessibleDescription("Sunday 1 November 2026 (YYYY-MM-DD)");
    fireEvent.change(from, { target: { value: "1 Nov" } });
    expect(from).toHaveAccessibleDescription("Type the date as YYYY-MM-DD, e.g. 2026-11-30.");
  });

  it("says at the field that a period is longer than 400 days, and asks the server nothing", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "not in this test" } }));
    renderAt("/reports?from=2026-11-01&to=2026-11-30");
    const asked = calls.length;
    fireEvent.change(screen.getByLabelText("Från och med"), { target: { value: "2025-01-01" } });
    const to = screen.getByLabelText("Till och med");
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    // The field keeps its own line (the day spelled out) after the problem.
    expect(to).toHaveAccessibleDescription(/^Perioden får vara högst 400 dagar\. /);
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveFocus();
    expect(calls.length).toBe(asked);
  });

  it("says a day of the address that is none at its field, in the UI language, and asks the server nothing", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "not in this test" } }));
    renderAt("/reports?from=2026-02-30&to=2026-03-10");
    const said =
      "Från och med i adressen, 2026-02-30, är inget datum som finns i kalendern. Välj en dag och tryck på Visa.";
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(said);
    const from = screen.getByLabelText("Från och med");
    expect(from).toHaveValue("2026-02-30");
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAccessibleDescription(expect.stringContaining(said));
    act(() => useStore.getState().setLanguage("en"));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "From in the address, 2026-02-30, is not a date in the calendar. Choose a day and press Show.",
    );
    expect(screen.queryByText(/Loading the report/)).toBeNull();
    expect(calls.filter((c) => c.url.startsWith("/api/reports"))).toEqual([]);
  });

  it("asks for the period once the day of the address is put right", async () => {
    const { calls } = stubFetch(() => jsonResponse(500, { error: { code: "internal", message: "not in this test" } }));
    renderAt("/reports?from=2026-11-01&to=igår");
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Till och med i adressen, igår, är inget datum",
    );
    fireEvent.change(screen.getByLabelText("Till och med"), { target: { value: "2026-11-30" } });
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Visa" }));
    await vi.waitFor(() => expect(calls.map((c) => c.url)).toContain("/api/reports?from=2026-11-01&to=2026-11-30"));
  });

  it("says the server's refusal of a day that is none in the UI language, naming the field", async () => {
    // An address the console reads as days, that an older or stricter server refuses all the same.
    stubFetch(() =>
      jsonResponse(400, {
        error: {
          code: "validation",
          message: "from: a date (YYYY-MM-DD) or an ISO 8601 time",
          field: "from",
          reason: "invalid_date",
        },
      }),
    );
    renderAt("/reports?from=2026-11-01&to=2026-11-30");
    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(
      "Rapporten kunde inte hämtas: Från och med: datumet finns inte i kalendern eller är felskrivet.",
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("ISO 8601");
  });

  it.each([
    [
      "a reversed period",
      "from=2026-11-30&to=2026-11-01",
      "to: must be after from",
      { reason: "reversed_range" },
      "Till och med kan inte vara före från och med.",
    ],
    [
      "a period over 400 days",
      "from=2025-01-01&to=2026-11-30",
      "to: at most 400 days after from",
      { reason: "range_too_long", maxDays: 400 },
      "Perioden får vara högst 400 dagar.",
    ],
  ])("says the server's refusal of %s arriving through the URL in Swedish", async (_, query, message, why, said) => {
    stubFetch((call) =>
      call.url.startsWith("/api/reports?")
        ? jsonResponse(400, { error: { code: "validation", message, field: "to", ...why } })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    renderAt(`/reports?${query}`);
    expect(await screen.findByRole("alert")).toHaveTextContent(`Rapporten kunde inte hämtas: ${said}`);
    expect(screen.getByRole("alert")).not.toHaveTextContent(message);
  });

  it("says a refusal without a reason in the UI language, not the server's English", async () => {
    stubFetch(() => jsonResponse(403, { error: { code: "forbidden", message: "role viewer may not do this" } }));
    render(
      <MemoryRouter initialEntries={["/reports?from=2026-11-01&to=2026-11-30"]}>
        <Routes>
          <Route path="/reports" element={<PeriodReportPage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByText(/Din roll får inte göra detta\./)).toBeInTheDocument();
    expect(screen.queryByText(/role viewer may not do this/)).toBeNull();
  });
});

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/reports" element={<PeriodReportPage />} />
      </Routes>
    </MemoryRouter>,
  );
}
