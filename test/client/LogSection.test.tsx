import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LogSection } from "../../client/src/features/log/LogSection";
import { useStore } from "../../client/src/store";
import { stubFetch } from "./helpers/fetchStub";
import { incidentUpdated, jsonResponse, LEAD, makeEntry, makeIncident, makeUser, resetStore } from "./helpers/fixtures";

const incident = makeIncident();
const decision = makeEntry(incident.id, 5, {
  kind: "decision",
  text: "Koka vattnet i Centrum",
  counterpart: "Krisledningsnämnden",
});
const statusEvent = incidentUpdated(3, { ...incident, status: "monitoring", version: 2 }, ["status"]);

function serveLog(extra: (call: { method: string; url: string; body: unknown }) => Response | null = () => null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.method === "GET" && call.url.startsWith(`/api/incidents/${incident.id}/log`)) {
      return jsonResponse(200, {
        items: [
          { source: "entry", ...decision },
          { source: "event", ...statusEvent },
        ],
      });
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("LogSection (loggbok)", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ id: LEAD.id, role: "communicator" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("shows manual entries first, and system events as sentences one click away, newest first", async () => {
    serveLog();
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    expect(screen.queryByText(/ändrade status/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Visa systemhändelser (1)" }));
    const items = await screen.findAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Koka vattnet i Centrum");
    expect(items[0]).toHaveTextContent("Beslutsfattare: Krisledningsnämnden · av Lena Krisledare");
    expect(items[1]).toHaveTextContent("Lena Krisledare ändrade status till bevakning.");
  });

  it("filters by kind", async () => {
    serveLog();
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    await userEvent.click(screen.getByRole("button", { name: "Visa systemhändelser (1)" }));
    await screen.findByText(/ändrade status/);
    await userEvent.click(screen.getByRole("checkbox", { name: "Beslut" }));
    expect(screen.queryByText("Koka vattnet i Centrum")).not.toBeInTheDocument();
    expect(screen.getByText(/ändrade status/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Visa systemhändelser (1)" }));
    expect(screen.queryByText(/ändrade status/)).not.toBeInTheDocument();
  });

  it("corrects an entry with a new correction entry that refers to it, leaving the original", async () => {
    const correction = makeEntry(incident.id, 6, {
      kind: "correction",
      text: "Gäller även Söder",
      refersTo: decision.id,
    });
    const { calls } = serveLog((call) => (call.method === "POST" ? jsonResponse(201, correction) : null));
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");

    await userEvent.click(screen.getByRole("button", { name: /^Rätta – Koka vattnet/ }));
    const form = screen.getByRole("form", { name: "Rätta en post" });
    const text = within(form).getByLabelText("Text");
    expect(text).toHaveFocus();
    await userEvent.type(text, "Gäller även Söder");
    await userEvent.click(within(form).getByRole("button", { name: "Spara rättelse" }));

    expect(calls.find((c) => c.method === "POST")).toMatchObject({
      url: `/api/incidents/${incident.id}/log`,
      body: { kind: "correction", text: "Gäller även Söder", refersTo: decision.id, counterpart: null },
    });
    expect(await screen.findByText(/Rättar posten från/)).toBeInTheDocument();
    expect(screen.getByText("Koka vattnet i Centrum")).toBeInTheDocument();
    // The correction's words are their own element (tagged lang="sv"), after the interface's "Rättad …:".
    const under = screen.getAllByText("Gäller även Söder").map((el) => el.closest(".timeline-corrected"));
    expect(under.find(Boolean)).toHaveTextContent(/Rättad .*: Gäller även Söder/);
    // The correction form is gone with the button pressed: focus is on the text field for the next entry.
    await waitFor(() => expect(screen.getByLabelText("Text")).toHaveFocus());
  });

  it("says a 'Tidpunkt' in the future at that field in Swedish, and puts the keyboard there", async () => {
    serveLog((call) =>
      call.method === "POST"
        ? jsonResponse(400, {
            error: {
              code: "validation",
              message: "occurredAt: lies in the future; give the time it happened",
              field: "occurredAt",
              reason: "future",
            },
          })
        : null,
    );
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    const form = screen.getByRole("form", { name: "Ny post" });
    await userEvent.type(within(form).getByLabelText("Text"), "Samtal med VA-chefen");
    const when = within(form).getByLabelText(/^Tidpunkt/);
    await userEvent.type(when, "2030-01-01 10:00");
    await userEvent.click(within(form).getByRole("button", { name: "Lägg till i loggboken" }));
    await waitFor(() => expect(when).toHaveAttribute("aria-invalid", "true"));
    expect(when).toHaveAccessibleDescription(/Tidpunkten ligger i framtiden\. Ange när det hände\./);
    expect(when).toHaveFocus();
    expect(form).not.toHaveTextContent(/lies in the future/);
  });

  it("a cancelled correction gives focus back to the entry's 'Rätta'", async () => {
    serveLog();
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    const correct = screen.getByRole("button", { name: /^Rätta – Koka vattnet/ });
    await userEvent.click(correct);
    await userEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    await waitFor(() => expect(screen.getByRole("button", { name: /^Rätta – Koka vattnet/ })).toHaveFocus());
  });

  it("offers no writing to a viewer", async () => {
    useStore.getState().setSignedIn(makeUser({ role: "viewer" }));
    serveLog();
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    expect(screen.queryByRole("button", { name: /Lägg till/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Rätta/ })).not.toBeInTheDocument();
  });

  it("links the CSV and JSON exports", async () => {
    serveLog();
    render(<LogSection incidentId={incident.id} />);
    expect(screen.getByRole("link", { name: "Ladda ner CSV" })).toHaveAttribute(
      "href",
      `/api/incidents/${incident.id}/log/export.csv`,
    );
    expect(screen.getByRole("link", { name: "Ladda ner JSON" })).toHaveAttribute(
      "href",
      `/api/incidents/${incident.id}/log/export.json`,
    );
    await screen.findByText("Koka vattnet i Centrum");
  });

  it("shows a log already in the store (loaded at sign-in) without asking for it again", async () => {
    const { calls } = serveLog();
    useStore.getState().mergeLogItems(incident.id, [{ source: "entry", ...decision }], { replace: true });
    expect(useStore.getState().logs[incident.id]?.status).toBe("loaded");
    render(<LogSection incidentId={incident.id} />);
    expect(screen.getByText("Koka vattnet i Centrum")).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.filter((c) => c.url.includes("/log"))).toEqual([]);
  });

  it("asks for a log that is not loaded", async () => {
    const { calls } = serveLog();
    render(<LogSection incidentId={incident.id} />);
    await screen.findByText("Koka vattnet i Centrum");
    expect(calls.filter((c) => c.method === "GET" && c.url.includes(`/api/incidents/${incident.id}/log`))).toHaveLength(
      1,
    );
  });
});
