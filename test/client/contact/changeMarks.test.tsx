import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventEnvelope } from "@shared/events/index";
import { changeMarksKey, mergeFaqMarks, readChangeMarks } from "../../../client/src/features/contact/changeMarks";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import type { User } from "@shared/schemas/user";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { makeBulletin } from "../bulletins/fixtures";
import { faqEvent, makeFaq } from "./fixtures";

// The agent's "Ny"/"Ändrad" marks on FAQ entries and script bulletins outlive a reload (kept per
// user in localStorage) until she says she has seen the item.

const incident = makeIncident({ title: "Kokningsrekommendation i Norrby", description: "Koka vattnet i Norrby." });
const koka = makeFaq({
  incidentId: incident.id,
  question: "Måste jag koka vattnet?",
  answer: "Ja. Koka vattnet i minst en minut.",
});
const tankbil = makeFaq({
  incidentId: incident.id,
  question: "Var kan jag hämta dricksvatten?",
  answer: "Vid tankbilen på Norrby torg.",
});
const recent = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
// One instant for both: a first publish has firstPublishedAt equal to publishedAt (two clock reads could differ by a
// millisecond and make the bulletin look re-published, "Ändrad" instead of "Ny").
const firstPublish = recent(3);
const bulletin = makeBulletin(incident.id, {
  headline: "Koka vattnet i Norrby",
  body: "Vattnet ska kokas.",
  instruction: "Koka i en minut.",
  status: "published",
  publishedAt: firstPublish,
  firstPublishedAt: firstPublish,
});

/** The FAQ the server has: before the events only the old answer of "tankbil"; after them, both entries as changed. */
let entries = [tankbil];
const afterEvents = () => {
  entries = [koka, { ...tankbil, answer: "Vid tankbilen på Norrby torg och vid skolan.", version: 2 }];
};

function serve() {
  return stubFetch((call) => {
    if (call.method === "GET" && call.url === "/api/faq") return jsonResponse(200, { entries });
    if (call.method === "GET" && call.url.startsWith("/api/incidents?"))
      return jsonResponse(200, { incidents: [incident] });
    if (call.method === "GET" && call.url === `/api/incidents/${incident.id}/bulletins?status=published`)
      return jsonResponse(200, { bulletins: [bulletin] });
    if (call.method === "GET" && call.url.startsWith("/api/contact/claims")) return jsonResponse(200, { claims: [] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

/** A fresh page for `user`: an empty store (as after a reload), the same localStorage. */
function openPage(user: User) {
  resetStore();
  useStore.getState().setSignedIn(user);
  useStore.getState().upsertIncidents([incident]);
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

const events = (): EventEnvelope[] => [
  { ...faqEvent(10, "faq.created", koka), at: recent(4) },
  {
    ...faqEvent(
      11,
      "faq.updated",
      { ...tankbil, answer: "Vid tankbilen på Norrby torg och vid skolan.", version: 2 },
      { changed: ["answer"], previous: { question: tankbil.question, answer: tankbil.answer } },
    ),
    at: recent(2),
  },
  {
    seq: 12,
    at: recent(1),
    actor: { id: uuid(), displayName: "Sara Kommunikatör" },
    type: "bulletin.status_changed",
    incidentId: incident.id,
    entity: { type: "bulletin", id: bulletin.id },
    visibleTo: null,
    data: { bulletin, from: "approved", to: "published", version: 2 },
  },
];

describe("'Ny'/'Ändrad' marks across reloads", () => {
  const agent = makeUser({ role: "agent" });
  const other = makeUser({ role: "agent", username: "annan.agent" });
  beforeEach(() => {
    entries = [tankbil];
    localStorage.clear();
    resetStore();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the marks per user until seen, with the text she saw first for the diff", async () => {
    serve();
    const first = openPage(agent);
    const script = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    await within(script).findByText("Koka vattnet i Norrby");
    act(() => useStore.getState().applyEvents(events()));
    afterEvents();
    await within(script).findByText("Ny");
    const hits = screen.getByRole("listbox");
    expect(within(hits).getByRole("option", { name: /Måste jag koka vattnet/ })).toHaveTextContent("Ny");
    expect(within(hits).getByRole("option", { name: /Var kan jag hämta dricksvatten/ })).toHaveTextContent("Ändrad");
    const stored = readChangeMarks(agent.id);
    expect(Object.keys(stored.faq).sort()).toEqual([koka.id, tankbil.id].sort());
    expect(stored.faq[tankbil.id]?.before?.answer).toBe("Vid tankbilen på Norrby torg.");
    expect(Object.keys(stored.script)).toEqual([bulletin.id]);
    first.unmount();

    // Reload: the store starts empty, no event repeats; the marks come back from storage.
    const second = openPage(agent);
    const script2 = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    expect(await within(script2).findByText("Ny")).toBeInTheDocument();
    const hits2 = await screen.findByRole("listbox");
    expect(await within(hits2).findByRole("option", { name: /Måste jag koka vattnet/ })).toHaveTextContent("Ny");
    const changed = within(hits2).getByRole("option", { name: /Var kan jag hämta dricksvatten/ });
    expect(changed).toHaveTextContent("Ändrad");
    // The diff is still against what she saw: the added words are marked.
    await userEvent.click(changed);
    expect((await screen.findByTestId("answer-text")).querySelector("ins")).toHaveTextContent(/och vid skolan/u);

    // Seen: the script mark and one FAQ mark go, and stay gone after the next reload.
    await userEvent.click(within(script2).getByRole("button", { name: "Jag har sett ”Koka vattnet i Norrby”" }));
    await userEvent.click(screen.getByRole("button", { name: "Jag har sett ändringen" }));
    expect(readChangeMarks(agent.id)).toMatchObject({ script: {}, faq: { [koka.id]: { kind: "new" } } });
    expect(Object.keys(readChangeMarks(agent.id).faq)).toEqual([koka.id]);
    second.unmount();

    const third = openPage(agent);
    const script3 = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    await within(script3).findByText("Koka vattnet i Norrby");
    const hits3 = await screen.findByRole("listbox");
    expect(await within(hits3).findByRole("option", { name: /Måste jag koka vattnet/ })).toHaveTextContent("Ny");
    expect(within(hits3).getByRole("option", { name: /Var kan jag hämta dricksvatten/ })).not.toHaveTextContent(
      "Ändrad",
    );
    expect(within(script3).queryByText("Ny")).toBeNull();
    third.unmount();

    // Another agent on the same browser has her own marks (none here).
    openPage(other);
    const hits4 = await screen.findByRole("listbox");
    await within(hits4).findByRole("option", { name: /Måste jag koka vattnet/ });
    expect(within(hits4).queryByText("Ny")).toBeNull();
    expect(localStorage.getItem(changeMarksKey(other.id))).toBeNull();
    expect(localStorage.getItem(changeMarksKey(agent.id))).not.toBeNull();
  });

  it("does not forget the marks when she signs out, and ignores what it cannot read", () => {
    localStorage.setItem(changeMarksKey(agent.id), "{not json");
    expect(readChangeMarks(agent.id)).toEqual({ faq: {}, script: {} });
    const mark = { kind: "new" as const, before: null, at: recent(5), by: null };
    const old = {
      kind: "new" as const,
      before: null,
      at: new Date(Date.now() - 8 * 24 * 3600_000).toISOString(),
      by: null,
    };
    localStorage.setItem(
      changeMarksKey(agent.id),
      JSON.stringify({ faq: { [koka.id]: mark, [tankbil.id]: old }, script: {} }),
    );
    // A week-old mark is dropped on load.
    expect(Object.keys(readChangeMarks(agent.id).faq)).toEqual([koka.id]);
    serve();
    const page = openPage(agent);
    expect(useStore.getState().contact.faqChanges[koka.id]).toMatchObject({ kind: "new" });
    act(() => useStore.getState().resetSessionData());
    expect(Object.keys(readChangeMarks(agent.id).faq)).toEqual([koka.id]);
    page.unmount();
  });

  it("keeps the text she saw first when a remembered 'Ändrad' entry changes again", () => {
    const seen = {
      kind: "changed" as const,
      before: { question: "Q", answer: "vad hon såg" },
      at: recent(10),
      by: "A",
    };
    const again = {
      kind: "changed" as const,
      before: { question: "Q", answer: "mellanversion" },
      at: recent(1),
      by: "B",
    };
    expect(mergeFaqMarks({ x: seen }, { x: again })).toEqual({ x: { ...again, before: seen.before } });
    const fresh = { kind: "new" as const, before: null, at: recent(1), by: "B" };
    expect(mergeFaqMarks({ x: seen }, { y: fresh })).toEqual({ x: seen, y: fresh });
  });
});
