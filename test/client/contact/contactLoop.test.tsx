import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimCallbacks, ContactClaim } from "@shared/schemas/claim";
import type { EventEnvelope } from "@shared/events/index";
import type { Role } from "@shared/schemas/user";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import { makeBulletin } from "../bulletins/fixtures";
import { makeClaim } from "../claims/fixtures";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { makeInquiry } from "./fixtures";

// Closing the loop, in the agent's view: the rumours callers reported with the desk's progress,
// live; whom to ring back once corrected; a caller report that joins a claim; the script's "Ny"/"Ändrad" marks.

const water = makeIncident({ title: "Kokningsrekommendation i Norrby", description: "Koka vattnet i Norrby." });
const storm = makeIncident({ title: "Storm Gorm – elavbrott" });
const T0 = "2026-11-25T08:00:00.000Z";

function contactClaim(overrides: Partial<ContactClaim> = {}): ContactClaim {
  return {
    id: uuid(),
    incidentId: water.id,
    text: "Kranvattnet är förgiftat",
    sourceChannel: "contact_centre",
    status: "new",
    reach: "medium",
    calls: 3,
    callbacks: 0,
    calledBack: 0,
    correctionBulletinId: null,
    correctedAt: null,
    mergedInto: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function changed(seq: number, claim: ContactClaim): EventEnvelope {
  return {
    seq,
    at: claim.updatedAt,
    actor: { id: uuid(), displayName: "Sara Kommunikatör" },
    type: "contact_claim.changed",
    incidentId: null,
    entity: { type: "claim", id: claim.id },
    visibleTo: ["admin", "lead", "communicator", "agent"],
    data: { claim },
  };
}

const poison = contactClaim();
const elsewhere = contactClaim({ incidentId: storm.id, text: "Elen är borta i en vecka" });

function serve(extra: (call: RecordedCall) => Response | null = () => null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.method === "GET" && call.url === "/api/faq") return jsonResponse(200, { entries: [] });
    if (call.method === "GET" && call.url === "/api/contact/claims")
      return jsonResponse(200, { claims: [poison, elsewhere] });
    if (call.method === "GET" && call.url.startsWith("/api/incidents?"))
      return jsonResponse(200, { incidents: [water, storm] });
    if (call.method === "GET" && /\/bulletins\?status=published$/.test(call.url))
      return jsonResponse(200, { bulletins: [] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderAs(role: Role) {
  const user = makeUser({ role });
  useStore.getState().setSignedIn(user);
  useStore.getState().upsertIncidents([water, storm]);
  useStore.getState().setIncidentsStatus("loaded");
  localStorage.setItem(`krisrum.contact.incident.${user.id}`, water.id);
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

const rumours = () => screen.getByRole("region", { name: "Rykten från kontaktcenter" });

describe("closing the loop in the contact view", () => {
  beforeEach(() => {
    resetStore();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("lists the rumours callers reported on her incident with the desk's progress, and follows it live", async () => {
    serve();
    renderAs("agent");
    const item = (await within(rumours()).findByText("”Kranvattnet är förgiftat”")).closest("li") as HTMLElement;
    expect(item).toHaveTextContent("Mottaget, inte bedömt än");
    expect(item).toHaveTextContent("3 samtal");
    // Only her incident's rumours.
    expect(within(rumours()).queryByText("”Elen är borta i en vecka”")).toBeNull();

    act(() =>
      useStore
        .getState()
        .applyEvents([changed(5, { ...poison, status: "assigned", calls: 4, updatedAt: "2026-11-25T08:05:00.000Z" })]),
    );
    expect(item).toHaveTextContent("Under arbete");
    expect(item).toHaveTextContent("4 samtal");
    expect(useStore.getState().announcement?.key).not.toBe("contact.announce.rumourCorrected");

    act(() =>
      useStore.getState().applyEvents([
        changed(6, {
          ...poison,
          status: "corrected",
          calls: 4,
          callbacks: 2,
          correctedAt: "2026-11-25T08:30:00.000Z",
          updatedAt: "2026-11-25T08:30:00.000Z",
        }),
      ]),
    );
    expect(item).toHaveTextContent("Rättat");
    expect(item).toHaveTextContent("2 väntar på återuppringning");
    expect(useStore.getState().announcement).toMatchObject({
      key: "contact.announce.rumourCorrected",
      params: { text: "Kranvattnet är förgiftat" },
    });

    // A claim merged into another leaves the list.
    act(() =>
      useStore
        .getState()
        .applyEvents([
          changed(7, { ...poison, status: "dismissed", mergedInto: uuid(), updatedAt: "2026-11-25T09:00:00.000Z" }),
        ]),
    );
    expect(within(rumours()).queryByText("”Kranvattnet är förgiftat”")).toBeNull();
  });

  it("opens the callback list of a corrected rumour for the agent, with numbers to call", async () => {
    const corrected = contactClaim({ status: "corrected", callbacks: 2, correctedAt: T0 });
    const list: ClaimCallbacks = {
      claim: corrected,
      ready: true,
      waiting: 2,
      purged: 1,
      callbacks: [
        {
          inquiryId: uuid(),
          caseNumber: "2026-000007",
          question: "Är vattnet förgiftat?",
          callbackNumber: "070-123 45 67",
          askedAt: T0,
          calledBack: null,
        },
        {
          inquiryId: uuid(),
          caseNumber: "2026-000009",
          question: "Kan barnen dricka?",
          callbackNumber: "+46 8 123 456",
          askedAt: T0,
          calledBack: null,
        },
      ],
    };
    const { calls } = serve((call) => {
      if (call.url === "/api/contact/claims") return jsonResponse(200, { claims: [corrected] });
      if (call.url === `/api/claims/${corrected.id}/callbacks`) return jsonResponse(200, list);
      return null;
    });
    renderAs("agent");
    await userEvent.click(await within(rumours()).findByRole("button", { name: "Ring tillbaka (2)" }));
    const group = await screen.findByRole("group", { name: "Ring tillbaka om: ”Kranvattnet är förgiftat”" });
    const links = within(group).getAllByRole("link");
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["070-123 45 67", "tel:0701234567"],
      ["+46 8 123 456", "tel:+468123456"],
    ]);
    expect(group).toHaveTextContent("2026-000007");
    expect(group).toHaveTextContent("Är vattnet förgiftat?");
    expect(group).toHaveTextContent("1 nummer har gallrats efter lagringstiden.");
    expect(calls.filter((c) => c.url.endsWith("/callbacks"))).toHaveLength(1);
    act(() => useStore.getState().setLanguage("en"));
    expect(group).toHaveTextContent("1 number was deleted after the retention period.");
  });

  it("marks a caller rung back on the list (who and when), with an undo, and keeps the list open when all are rung", async () => {
    const corrected = contactClaim({ status: "corrected", callbacks: 1, correctedAt: T0 });
    const inquiryId = uuid();
    const agentRef = { id: uuid(), displayName: "Anna Agent" };
    const at = "2026-11-25T09:30:00.000Z";
    let calledBack: { at: string; by: typeof agentRef } | null = null;
    const list = (): ClaimCallbacks => ({
      claim: { ...corrected, callbacks: calledBack ? 0 : 1, calledBack: calledBack ? 1 : 0 },
      ready: true,
      waiting: calledBack ? 0 : 1,
      purged: 0,
      callbacks: [
        {
          inquiryId,
          caseNumber: "2026-000007",
          question: "Är vattnet förgiftat?",
          callbackNumber: "070-123 45 67",
          askedAt: T0,
          calledBack,
        },
      ],
    });
    const { calls } = serve((call) => {
      if (call.url === "/api/contact/claims") return jsonResponse(200, { claims: [corrected] });
      if (call.url === `/api/claims/${corrected.id}/callbacks`) return jsonResponse(200, list());
      if (call.method === "PUT" && call.url === `/api/inquiries/${inquiryId}/called-back`) {
        calledBack = (call.body as { done: boolean }).done ? { at, by: agentRef } : null;
        return jsonResponse(200, { inquiryId, claimId: corrected.id, calledBack });
      }
      return null;
    });
    renderAs("agent");
    await userEvent.click(await within(rumours()).findByRole("button", { name: "Ring tillbaka (1)" }));
    const group = await screen.findByRole("group", { name: "Ring tillbaka om: ”Kranvattnet är förgiftat”" });
    await userEvent.click(within(group).getByRole("button", { name: "Uppringd: ärende 2026-000007" }));
    expect(await within(group).findByText(/Uppringd .* av Anna Agent/u)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "PUT").map((c) => c.body)).toEqual([{ done: true }]);
    expect(useStore.getState().announcement).toMatchObject({
      key: "contact.announce.calledBack",
      params: { caseNumber: "2026-000007" },
    });

    // The push that follows (a colleague's screen gets the same): counts move, the list stays open and marked.
    act(() =>
      useStore
        .getState()
        .applyEvents([
          changed(5, { ...corrected, callbacks: 0, calledBack: 1, updatedAt: "2026-11-25T09:30:00.000Z" }),
        ]),
    );
    const item = within(rumours()).getByText("”Kranvattnet är förgiftat”").closest("li") as HTMLElement;
    await waitFor(() => expect(item).toHaveTextContent("1 uppringda"));
    expect(item).not.toHaveTextContent("väntar på återuppringning");
    expect(within(item).getByRole("button", { name: "Dölj återuppringningar" })).toBeInTheDocument();
    expect(await within(group).findByText(/Uppringd .* av Anna Agent/u)).toBeInTheDocument();

    await userEvent.click(within(group).getByRole("button", { name: "Ångra: ärende 2026-000007 är inte uppringt" }));
    expect(await within(group).findByRole("button", { name: "Uppringd: ärende 2026-000007" })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "PUT").map((c) => c.body)).toEqual([{ done: true }, { done: false }]);
    // Closed with nobody waiting (as the last push said): the list can still be opened to see who was rung.
    await userEvent.click(within(item).getByRole("button", { name: "Dölj återuppringningar" }));
    expect(within(item).getByRole("button", { name: "Visa uppringda (1)" })).toBeInTheDocument();
  });

  it("offers no callback list to a communicator (callers' numbers are for agents and leads)", async () => {
    serve((call) =>
      call.url === "/api/contact/claims"
        ? jsonResponse(200, { claims: [contactClaim({ status: "corrected", callbacks: 2 })] })
        : null,
    );
    renderAs("communicator");
    const item = (await within(rumours()).findByText("”Kranvattnet är förgiftat”")).closest("li") as HTMLElement;
    expect(item).toHaveTextContent("2 väntar på återuppringning");
    expect(within(item).queryByRole("button")).toBeNull();
  });

  it("says when a caller report joined a claim, and links the inquiry she logs next to it", async () => {
    const joined = makeClaim(water.id, {
      id: poison.id,
      text: poison.text,
      sourceChannel: "contact_centre",
      calls: 5,
      reach: "medium",
      updatedAt: "2026-11-25T08:10:00.000Z",
    });
    const { calls } = serve((call) => {
      if (call.method === "POST" && call.url === `/api/incidents/${water.id}/claims`) return jsonResponse(200, joined);
      if (call.method === "POST" && call.url === "/api/inquiries")
        return jsonResponse(201, makeInquiry({ caseNumber: "2026-000050" }));
      return null;
    });
    renderAs("agent");
    await within(rumours()).findByText("”Kranvattnet är förgiftat”");
    const report = screen.getByRole("form", { name: "Uppringare säger att …" });
    await userEvent.type(
      within(report).getByLabelText("Vad säger de som ringer?"),
      "Någon sa att vattnet är förgiftat",
    );
    await userEvent.click(within(report).getByRole("button", { name: "Skicka till omvärldsbevakningen" }));
    await waitFor(() =>
      expect(within(report).getByRole("status")).toHaveTextContent(
        "Påståendet fanns redan hos omvärldsbevakningen. Samtalen är räknade (5 samtal hittills).",
      ),
    );
    expect(calls.find((c) => c.method === "POST")?.body).toMatchObject({ sourceChannel: "contact_centre", calls: 1 });
    expect(within(rumours()).getByText("”Kranvattnet är förgiftat”").closest("li") as HTMLElement).toHaveTextContent(
      "5 samtal",
    );

    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByLabelText("Gäller ryktet")).toHaveValue(poison.id);
    await userEvent.type(within(form).getByLabelText("Frågan, kort"), "Är vattnet förgiftat?");
    await userEvent.click(within(form).getByRole("radio", { name: "Återuppringning" }));
    await userEvent.type(within(form).getByLabelText(/Telefonnummer/), "070-123 45 67");
    await userEvent.click(within(form).getByRole("button", { name: "Spara ärendet" }));
    await waitFor(() => expect(calls.some((c) => c.url === "/api/inquiries")).toBe(true));
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      claimId: poison.id,
      incidentId: water.id,
      resolution: "callback",
      callbackNumber: "070-123 45 67",
      // Her caller report joined the claim during this call: the call is counted there already.
      callCounted: true,
    });
    // Saved: the next caller starts with no rumour.
    await waitFor(() => expect(within(form).getByLabelText("Gäller ryktet")).toHaveValue(""));

    // The next caller only asks about it: she picks the rumour, and the server counts the call.
    await userEvent.selectOptions(within(form).getByLabelText("Gäller ryktet"), poison.id);
    await userEvent.type(within(form).getByLabelText("Frågan, kort"), "Stämmer det med giftet?");
    await userEvent.click(within(form).getByRole("radio", { name: "Besvarat direkt" }));
    await userEvent.click(within(form).getByRole("button", { name: "Spara ärendet" }));
    await waitFor(() => expect(calls.filter((c) => c.url === "/api/inquiries")).toHaveLength(2));
    expect(calls.filter((c) => c.url === "/api/inquiries").at(-1)?.body).toMatchObject({
      claimId: poison.id,
      callCounted: false,
    });
  });

  it("marks a bulletin published while she works 'Ny', one published again 'Ändrad', each said aloud, until seen", async () => {
    const bulletin = makeBulletin(water.id, {
      headline: "Koka vattnet i Norrby",
      body: "Vattnet ska kokas.",
      instruction: "Koka i en minut.",
      status: "published",
      publishedAt: T0,
      firstPublishedAt: T0,
    });
    let live = bulletin;
    serve((call) =>
      call.url === `/api/incidents/${water.id}/bulletins?status=published`
        ? jsonResponse(200, { bulletins: [live] })
        : null,
    );
    renderAs("agent");
    const script = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    await within(script).findByText("Koka vattnet i Norrby");
    expect(within(script).queryByText("Ny")).toBeNull();

    const publish = (seq: number, b: typeof bulletin): EventEnvelope => ({
      seq,
      at: b.publishedAt ?? T0,
      actor: { id: uuid(), displayName: "Lena Lead" },
      type: "bulletin.status_changed",
      incidentId: b.incidentId,
      entity: { type: "bulletin", id: b.id },
      visibleTo: null,
      data: { bulletin: b, from: "approved", to: "published", version: 2 },
    });
    act(() => useStore.getState().applyEvents([publish(3, bulletin)]));
    const shown = (await within(script).findByText("Ny")).closest("[data-testid=script-bulletin]") as HTMLElement;
    expect(shown).toHaveTextContent("Koka vattnet i Norrby");
    expect(useStore.getState().announcement).toMatchObject({
      key: "contact.announce.bulletinNew",
      params: { headline: "Koka vattnet i Norrby" },
    });

    await userEvent.click(within(script).getByRole("button", { name: "Jag har sett ”Koka vattnet i Norrby”" }));
    expect(within(script).queryByText("Ny")).toBeNull();

    const again = {
      ...bulletin,
      headline: "Koka vattnet i Norrby och Söderäng",
      publishedAt: "2026-11-25T10:00:00.000Z",
    };
    live = again;
    act(() => useStore.getState().applyEvents([publish(4, again)]));
    expect(await within(script).findByText("Ändrad")).toBeInTheDocument();
    expect(useStore.getState().announcement).toMatchObject({
      key: "contact.announce.bulletinChanged",
      params: { headline: "Koka vattnet i Norrby och Söderäng" },
    });
    // The new words are marked against the text she saw, as in the FAQ.
    const added = await waitFor(() => {
      const ins = script.querySelector(".script-headline ins");
      expect(ins).not.toBeNull();
      return ins as HTMLElement;
    });
    expect(added).toHaveTextContent("och Söderäng");
    await userEvent.click(
      within(script).getByRole("button", { name: "Jag har sett ”Koka vattnet i Norrby och Söderäng”" }),
    );
    expect(within(script).queryByText("Ändrad")).toBeNull();
    expect(script.querySelector(".script-headline ins")).toBeNull();
    expect(within(script).getByText("Koka vattnet i Norrby och Söderäng")).toBeInTheDocument();
  });
});
