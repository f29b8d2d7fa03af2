import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ContactStats, ContactTrends } from "@shared/schemas/contactStats";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { StatsPanel } from "../../../client/src/features/contact/StatsPanel";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const zero = { phone: 0, email: 0, visit: 0, social: 0, chat: 0, letter: 0, e_service: 0, sms: 0 };
const stats = (total: number): ContactStats => ({
  from: "2026-11-24T23:00:00.000Z",
  to: "2026-11-25T10:00:00.000Z",
  incidentId: null,
  total,
  perHour: [],
  byChannel: { ...zero, phone: total },
  resolutions: { answered_first_contact: total, forwarded: 0, callback: 0 },
  firstContactRate: 1,
  fromSuggestion: 0,
  forwardedByUnit: [],
  averageHandlingSeconds: 30,
  medianHandlingSeconds: 30,
  topQuestions: [],
  exerciseInquiriesLeftOut: 0,
});
const trends: ContactTrends = {
  window: "hour",
  from: "2026-11-25T08:00:00.000Z",
  to: "2026-11-25T10:00:00.000Z",
  total: 0,
  firstContactShare: null,
  clusters: [],
  uncovered: [],
} as unknown as ContactTrends;

// The statistics refetch at most every 3 s; each new period waits for its turn.
const SLOW = { timeout: 5000 };

describe("the contact statistics of a chosen period", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("checks the period before asking, and never shows one period's figures under another's heading", async () => {
    const { calls } = stubFetch((call) => {
      if (call.url.startsWith("/api/contact/trends")) return jsonResponse(200, trends);
      if (call.url.startsWith("/api/contact/stats?")) {
        const q = new URL(call.url, "http://x").searchParams;
        const [from, to] = [q.get("from") ?? "", q.get("to") ?? ""];
        // The server refuses this one (as an old server counting hours did): its figures must not be the last ones.
        if (from === "2025-10-20" && to === "2026-11-23")
          return jsonResponse(400, { error: { code: "validation", message: "to", field: "to" } });
        return jsonResponse(200, stats(/^\d{4}-\d{2}-\d{2}$/.test(from) ? 42 : 7));
      }
      return jsonResponse(200, { entries: [], bulletins: [], incidents: [] });
    });
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "agent" }));
    render(
      <MemoryRouter initialEntries={["/contact/trends"]}>
        <Routes>{contactRoutes()}</Routes>
      </MemoryRouter>,
    );
    const section = () => screen.getByRole("region", { name: /^Statistik/ });
    const total = () => within(section()).getByText("Ärenden").nextElementSibling;
    expect(await within(section()).findByText("7", {}, SLOW)).toBe(total());

    await userEvent.click(screen.getByRole("radio", { name: "Eget intervall" }));
    // The last 7 days, asked for as days (the server counts them in Swedish time).
    expect(await within(section()).findByText("42", {}, SLOW)).toBe(total());

    const from = screen.getByLabelText("Från och med");
    const to = screen.getByLabelText("Till och med");
    // 401 days: said at "Till och med", not asked for; the heading and figures stay those of the last period.
    fireEvent.change(from, { target: { value: "2025-10-20" } });
    fireEvent.change(to, { target: { value: "2026-11-24" } });
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(to).toHaveAccessibleDescription(/^Perioden får vara högst 400 dagar\./);
    expect(section()).not.toHaveAccessibleName("Statistik 2025-10-20 – 2026-11-24");
    expect(calls.some((c) => c.url.includes("to=2026-11-24"))).toBe(false);

    // 400 days (across the autumn clock change: 400 days and an hour) may be asked for; here the server refuses it.
    fireEvent.change(to, { target: { value: "2026-11-23" } });
    expect(to).not.toHaveAttribute("aria-invalid");
    expect(section()).toHaveAccessibleName("Statistik 2025-10-20 – 2026-11-23");
    // At once, before the answer: not the previous period's 42 under the new heading.
    expect(within(section()).queryByText("Ärenden")).toBeNull();
    expect(await within(section()).findByText(/Uppgifterna kunde inte hämtas/, {}, SLOW)).toBeInTheDocument();
    expect(within(section()).queryByText("Ärenden")).toBeNull();
    expect(within(section()).queryByText("42")).toBeNull();
    expect(calls.some((c) => c.url === "/api/contact/stats?from=2025-10-20&to=2026-11-23")).toBe(true);
  }, 20_000);
});

describe("the contact statistics beside an exercise", () => {
  it("says how many inquiries logged on exercises the real figures leave out, in Swedish and in English", () => {
    resetStore();
    const { rerender } = render(<StatsPanel stats={{ ...stats(7), exerciseInquiriesLeftOut: 3 }} />);
    expect(
      screen.getByText("Siffrorna gäller verkliga ärenden: 3 ärenden loggade på övningar räknas inte med."),
    ).toBeVisible();
    rerender(<StatsPanel stats={{ ...stats(7), exerciseInquiriesLeftOut: 1 }} />);
    expect(
      screen.getByText("Siffrorna gäller verkliga ärenden: 1 ärende loggat på en övning räknas inte med."),
    ).toBeVisible();
    act(() => useStore.getState().setLanguage("en"));
    expect(
      screen.getByText("The figures are real inquiries: 1 inquiry logged on an exercise is not counted."),
    ).toBeVisible();
  });

  it("says nothing of exercises when none was left out", () => {
    resetStore();
    render(<StatsPanel stats={stats(7)} />);
    expect(screen.queryByText(/övning/)).toBeNull();
  });
});
