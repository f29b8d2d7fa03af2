/**
 * The agent's search also finds national items: what Krisinformation said about the caller's
 * question is listed apart from the FAQ hits, labelled with its source and link, never as the answer.
 */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NationalItem, NationalPicture } from "@shared/schemas/national";
import type { Role } from "@shared/schemas/user";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeFaq } from "../contact/fixtures";

const T0 = "2026-12-03T10:00:00.000Z";
const incident = makeIncident({ title: "Kokningsrekommendation i Norrby" });
const koka = makeFaq({ incidentId: incident.id, question: "Måste jag koka vattnet?", answer: "Ja, i minst en minut." });

const item = (id: string, kind: "news" | "vma", headline: string, extra: Partial<NationalItem> = {}): NationalItem => ({
  id: `${kind}:${id}`,
  kind,
  identifier: id,
  version: 1,
  headline,
  preamble: "",
  bodyText: "",
  pushMessage: "",
  areas: [{ description: "Västra Götalands län", type: "County" }],
  web: `https://www.krisinformation.se/nyheter/${id}`,
  language: "sv",
  sourceId: null,
  publishedAt: T0,
  updatedAt: T0,
  withdrawnAt: null,
  firstSeenAt: T0,
  lastSeenAt: T0,
  ...extra,
});

const VMA = item("v1", "vma", "VMA: Gasutsläpp i hamnen", {
  preamble: "Gå inomhus och stäng dörrar, fönster och ventilation.",
  sourceId: "Räddningstjänsten Storgöteborg",
});
const NEWS = item("n1", "news", "Orange varning för storm", { preamble: "SMHI varnar för hårda vindar i helgen." });
const picture: NationalPicture = {
  items: [VMA, NEWS],
  status: { enabled: true, lastSuccessAt: T0, lastAttemptAt: T0, lastError: null, skipped: 0 },
};

function renderAs(role: Role) {
  stubFetch((call) => {
    if (call.url === "/api/faq") return jsonResponse(200, { entries: [koka] });
    if (call.url.startsWith("/api/national")) return jsonResponse(200, picture);
    if (call.url.startsWith("/api/incidents")) return jsonResponse(200, { incidents: [incident] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
  useStore.getState().setSignedIn(makeUser({ role }));
  useStore.getState().upsertIncidents([incident]);
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

describe("the agent's search and the national picture", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("lists a matching VMA under 'Från Krisinformation' with its source and link, not as the FAQ answer", async () => {
    renderAs("agent");
    await within(screen.getByTestId("national-panel")).findByRole("heading", { name: VMA.headline });
    const search = screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await userEvent.type(search, "gasutsläppet i hamnen ska jag stänga fönster");

    const hits = await screen.findByTestId("national-hits");
    expect(within(hits).getByRole("heading", { name: "Från Krisinformation" })).toBeInTheDocument();
    expect(within(hits).getByRole("heading", { name: VMA.headline })).toBeInTheDocument();
    expect(within(hits).getByText("Källa: VMA (Räddningstjänsten Storgöteborg)")).toBeInTheDocument();
    expect(within(hits).getByRole("link", { name: /Läs på krisinformation.se/ })).toHaveAttribute("href", VMA.web);
    expect(within(hits).queryByRole("heading", { name: NEWS.headline })).not.toBeInTheDocument();
    // An agent does not keep the facts register: no cite button; the FAQ's answer pane is not filled by it.
    expect(within(hits).queryByRole("button", { name: "Citera i faktaregistret" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("answer-text")?.textContent ?? "").not.toMatch(/Gasutsläpp/);
  });

  it("shows nothing from Krisinformation for a question it does not touch, and follows a pushed item", async () => {
    renderAs("communicator");
    await within(screen.getByTestId("national-panel")).findByRole("heading", { name: VMA.headline });
    const search = screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await userEvent.type(search, "måste jag koka vattnet");
    expect(screen.queryByTestId("national-hits")).not.toBeInTheDocument();

    const boil = item("n2", "news", "Kokningsrekommendation för vattnet i Norrby", {
      preamble: "Kommunen uppmanar boende i Norrby att koka vattnet.",
    });
    act(() =>
      useStore.getState().applyEvents([
        {
          seq: 1,
          at: T0,
          actor: null,
          type: "national.item",
          incidentId: null,
          entity: { type: "national_item", id: boil.id },
          visibleTo: null,
          data: { change: "new", item: boil },
        },
      ]),
    );
    const hits = await screen.findByTestId("national-hits");
    expect(within(hits).getByRole("heading", { name: boil.headline })).toBeInTheDocument();
    expect(within(hits).getByText("Källa: Krisinformation.se")).toBeInTheDocument();
    expect(within(hits).getByRole("button", { name: "Citera i faktaregistret" })).toBeInTheDocument();
  });
});
