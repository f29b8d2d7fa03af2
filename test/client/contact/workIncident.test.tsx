import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { workIncidentKey } from "../../../client/src/features/contact/workIncident";
import { defaultChannelKey } from "../../../client/src/features/contact/defaultChannel";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { logIncidentOf } from "../../../client/src/features/contact/InquiryForm";
import { useStore } from "../../../client/src/store";
import type { Incident } from "@shared/schemas/incident";
import type { User } from "@shared/schemas/user";
import { makeClaim } from "../claims/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeFaq, makeInquiry } from "./fixtures";

// A day with two incidents: the boil-water notice started first, the storm later.
const water = makeIncident({
  title: "Kokningsrekommendation i Norrby efter ledningsbrott vid vattenverket",
  startedAt: "2026-11-25T06:00:00.000Z",
});
const storm = makeIncident({
  title: "Storm Gorm – elavbrott i norra kommundelen och stängda vägar mot kusten",
  startedAt: "2026-11-25T09:00:00.000Z",
});
const koka = makeFaq({
  incidentId: water.id,
  question: "Måste jag koka vattnet?",
  answer: "Ja. Koka vattnet i minst en minut.",
});
const stormFaq = makeFaq({ incidentId: storm.id, question: "Var kan jag ladda telefonen?", answer: "I biblioteket." });
const general = makeFaq({ question: "Hur når jag kontaktcentret?", answer: "Ring kommunen." });

function serve() {
  return stubFetch((call) => {
    if (call.method === "GET" && call.url === "/api/faq")
      return jsonResponse(200, { entries: [koka, stormFaq, general] });
    if (call.method === "GET" && call.url.startsWith("/api/incidents?"))
      return jsonResponse(200, { incidents: [storm, water] });
    if (call.method === "POST" && call.url === "/api/inquiries")
      return jsonResponse(201, makeInquiry({ caseNumber: "2026-000777" }));
    const claimsOf = /^\/api\/incidents\/([^/]+)\/claims$/.exec(call.url)?.[1];
    if (call.method === "POST" && claimsOf)
      return jsonResponse(201, makeClaim(claimsOf, { sourceChannel: "contact_centre" }));
    if (call.method === "GET" && call.url.includes("/bulletins")) return jsonResponse(200, { bulletins: [] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

/** A fresh page load for this user: the store is new, only localStorage remains. */
function open(user: User, incidents: Incident[] = [water, storm]) {
  resetStore();
  useStore.getState().setSignedIn(user);
  useStore.getState().upsertIncidents(incidents);
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

const working = () => screen.getByTestId("work-incident");
const picker = () => screen.getByLabelText("Byt händelse");

describe("the incident the agent works on", () => {
  beforeEach(() => {
    resetStore();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("is never the newest by default: with two incidents it asks, and the caller-claim form cannot send", async () => {
    serve();
    open(makeUser({ role: "agent" }));
    expect(working()).toHaveTextContent("Du arbetar med: ingen händelse vald");
    expect(screen.getByText(/Flera händelser pågår/)).toBeInTheDocument();
    expect(picker()).toHaveValue("");
    expect(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" })).toBeDisabled();
  });

  it("stays the agent's choice across a reload and when a new incident starts, which is announced with a one-key switch", async () => {
    serve();
    const agent = makeUser({ role: "agent" });
    const first = open(agent);
    fireEvent.change(picker(), { target: { value: water.id } });
    // Large, at the top, the full title: never cut.
    expect(working()).toHaveTextContent(`Du arbetar med: ${water.title}`);
    expect(localStorage.getItem(workIncidentKey(agent.id))).toBe(water.id);
    first.unmount();

    open(agent);
    expect(working()).toHaveTextContent(`Du arbetar med: ${water.title}`);
    expect(picker()).toHaveValue(water.id);
    // Another agent on the same browser has her own choice.
    expect(localStorage.getItem(workIncidentKey(makeUser().id))).toBeNull();

    const fire = makeIncident({
      title: "Brand i Söderby industriområde – håll fönster stängda",
      startedAt: "2026-11-25T10:00:00.000Z",
    });
    act(() => useStore.getState().upsertIncidents([fire]));
    expect(working()).toHaveTextContent(`Du arbetar med: ${water.title}`);
    const news = screen.getByTestId("work-incident-new");
    expect(news).toHaveAttribute("role", "status");
    expect(news).toHaveTextContent(`Ny händelse: ${fire.title}. Du arbetar kvar med din valda händelse.`);
    expect(localStorage.getItem(workIncidentKey(agent.id))).toBe(water.id);

    await userEvent.keyboard("{Alt>}n{/Alt}");
    expect(working()).toHaveTextContent(`Du arbetar med: ${fire.title}`);
    expect(localStorage.getItem(workIncidentKey(agent.id))).toBe(fire.id);
    expect(screen.getByTestId("work-incident-new")).toHaveTextContent("");
  });

  it("lets the agent stay on her incident when a new one is announced", async () => {
    serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), water.id);
    open(agent);
    act(() =>
      useStore
        .getState()
        .upsertIncidents([makeIncident({ title: "Översvämning i hamnen", startedAt: "2026-11-25T11:00:00.000Z" })]),
    );
    await userEvent.click(within(screen.getByTestId("work-incident-new")).getByRole("button", { name: "Stanna kvar" }));
    expect(screen.getByTestId("work-incident-new")).toHaveTextContent("");
    expect(working()).toHaveTextContent(water.title);
  });

  it("forgets a stored incident the server no longer knows instead of logging to it", () => {
    serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), "00000000-0000-4000-8000-00000000dead");
    open(agent);
    expect(working()).toHaveTextContent("Du arbetar med: ingen händelse vald");
    expect(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" })).toBeDisabled();
  });

  it("takes the only incident as hers and keeps it when a second one starts", () => {
    serve();
    const agent = makeUser({ role: "agent" });
    open(agent, [water]);
    expect(working()).toHaveTextContent(water.title);
    act(() => useStore.getState().upsertIncidents([storm]));
    expect(working()).toHaveTextContent(water.title);
    expect(screen.getByTestId("work-incident-new")).toHaveTextContent(storm.title);
  });

  it("reads the script of the chosen incident first, not the newest's", async () => {
    serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), water.id);
    open(agent, [storm, water]);
    const script = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    const articles = within(script).getAllByRole("article");
    expect(articles[0]).toHaveTextContent(water.title);
    expect(articles[1]).toHaveTextContent(storm.title);
  });

  it("raises a caller claim on the chosen incident, not the newest", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), water.id);
    open(agent);
    expect(screen.getByTestId("caller-claim-incident")).toHaveTextContent(`Skickas för: ${water.title}`);
    fireEvent.change(screen.getByLabelText("Vad säger de som ringer?"), { target: { value: "Vattnet är förgiftat" } });
    await userEvent.click(screen.getByRole("button", { name: "Skicka till omvärldsbevakningen" }));
    await waitFor(() => expect(calls.some((c) => c.method === "POST" && c.url.endsWith("/claims"))).toBe(true));
    expect(calls.find((c) => c.method === "POST" && c.url.endsWith("/claims"))?.url).toBe(
      `/api/incidents/${water.id}/claims`,
    );
  });

  it("logs an answer from another incident's entry under that incident, with a visible note", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), storm.id);
    open(agent);
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("måste jag koka vattnet");
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Koka vattnet i minst en minut.");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByTestId("inquiry-other-incident")).toHaveTextContent(
      `Svaret hör till händelsen ”${water.title}”. Ärendet loggas där.`,
    );
    await userEvent.keyboard("{Enter}{Enter}");
    await screen.findByText("Ärende 2026-000777 är sparat.");
    const body = calls.find((c) => c.method === "POST" && c.url === "/api/inquiries")?.body;
    expect(body).toMatchObject({
      faqEntryId: koka.id,
      incidentId: water.id,
      resolution: "answered_first_contact",
      fromSuggestion: false,
    });
    // She still works on the storm.
    expect(working()).toHaveTextContent(storm.title);
  });

  it("never moves a real caller onto an exercise: an exercise's answer used for a real incident is logged there", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    const drill = { ...water, exercise: true };
    localStorage.setItem(workIncidentKey(agent.id), storm.id);
    open(agent, [drill, storm]);
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("måste jag koka vattnet");
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Koka vattnet i minst en minut.");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).queryByTestId("inquiry-other-incident")).not.toBeInTheDocument();
    await userEvent.keyboard("{Enter}{Enter}");
    await screen.findByText("Ärende 2026-000777 är sparat.");
    expect(calls.find((c) => c.method === "POST" && c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: koka.id,
      incidentId: storm.id,
    });
  });

  it.each([
    ["works all incidents", "all"],
    ["has chosen none", null],
  ])(
    "never moves a real caller onto an exercise when she %s: the drill's answer is logged with no incident, and the hit names the drill",
    async (_, stored) => {
      const { calls } = serve();
      const agent = makeUser({ role: "agent" });
      const drill = { ...water, title: "Övning: ledningsbrott vid vattenverket", exercise: true };
      if (stored) localStorage.setItem(workIncidentKey(agent.id), stored);
      open(agent, [drill, storm]);
      await within(screen.getByRole("listbox")).findAllByRole("option");
      await userEvent.keyboard("måste jag koka vattnet");
      expect(screen.getByTestId("answer-text")).toHaveTextContent("Koka vattnet i minst en minut.");
      const option = within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .find((o) => o.textContent?.includes("Måste jag koka vattnet?"));
      expect(option).toHaveTextContent(`ÖVNING`);
      expect(option).toHaveTextContent(`Från ”${drill.title}”`);
      const form = screen.getByRole("form", { name: "Logga ärendet" });
      expect(within(form).queryByTestId("inquiry-other-incident")).not.toBeInTheDocument();
      await userEvent.keyboard("{Enter}{Enter}");
      await screen.findByText("Ärende 2026-000777 är sparat.");
      expect(calls.find((c) => c.method === "POST" && c.url === "/api/inquiries")?.body).toMatchObject({
        faqEntryId: koka.id,
        incidentId: null,
      });
    },
  );

  it("keeps the inquiry where she works when the answer's incident is unknown here (a closed drill's entry)", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), storm.id);
    open(agent, [storm]); // the water incident (the answer's) is not in the store
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("måste jag koka vattnet");
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Koka vattnet i minst en minut.");
    expect(
      within(screen.getByRole("form", { name: "Logga ärendet" })).queryByTestId("inquiry-other-incident"),
    ).not.toBeInTheDocument();
    await userEvent.keyboard("{Enter}{Enter}");
    await screen.findByText("Ärende 2026-000777 är sparat.");
    expect(calls.find((c) => c.method === "POST" && c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: koka.id,
      incidentId: storm.id,
    });
  });

  it("with all incidents, still logs a real incident's answer under that incident, named in the hit list", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), "all");
    open(agent);
    const options = await within(screen.getByRole("listbox")).findAllByRole("option");
    const kokaOption = options.find((o) => o.textContent?.includes("Måste jag koka vattnet?"));
    expect(kokaOption).toHaveTextContent(`Från ”${water.title}”`);
    expect(kokaOption).not.toHaveTextContent("ÖVNING");
    await userEvent.keyboard("måste jag koka vattnet");
    await userEvent.keyboard("{Enter}{Enter}");
    await screen.findByText("Ärende 2026-000777 är sparat.");
    expect(calls.find((c) => c.method === "POST" && c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: koka.id,
      incidentId: water.id,
    });
  });

  it("logs a question with no answer used under the chosen incident, and labels general entries 'Alla händelser'", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), storm.id);
    open(agent);
    const options = await within(screen.getByRole("listbox")).findAllByRole("option");
    const generalOption = options.find((o) => o.textContent?.includes("Hur når jag kontaktcentret?"));
    expect(generalOption).toHaveTextContent("Alla händelser");
    expect(generalOption).not.toHaveTextContent("Från");
    // Another incident's entry names that incident: on a two-incident day "another one" does not say which.
    expect(options.find((o) => o.textContent?.includes("Måste jag koka vattnet?"))).toHaveTextContent(
      `Från ”${water.title}”`,
    );

    await userEvent.keyboard("grilla i parken{Shift>}{Enter}{/Shift}");
    await userEvent.click(screen.getByRole("radio", { name: "Vidarebefordrat" }));
    await userEvent.type(screen.getByLabelText("Till vilken enhet?"), "Räddningstjänsten{Enter}");
    await screen.findByText(/är sparat/);
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: null,
      incidentId: storm.id,
      fromSuggestion: false,
    });
  });

  it("records an answer picked among a weak search's suggestions as such", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), water.id);
    open(agent);
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("kokar man vatnet");
    await userEvent.click(
      within(screen.getByRole("region", { name: "Inget säkert svar" })).getByRole("button", {
        name: "Måste jag koka vattnet?",
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Spara ärendet" }));
    await screen.findByText(/är sparat/);
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: koka.id,
      fromSuggestion: true,
      incidentId: water.id,
    });
  });
});

describe("the incident an inquiry is logged under (logIncidentOf)", () => {
  const real = makeIncident({ title: "Skarp" });
  const otherReal = makeIncident({ title: "Skarp två" });
  const drill = makeIncident({ title: "Övning A", exercise: true });
  const otherDrill = makeIncident({ title: "Övning B", exercise: true });
  const known = Object.fromEntries([real, otherReal, drill, otherDrill].map((i) => [i.id, i]));
  const unknown = "00000000-0000-4000-8000-00000000dead";

  it.each([
    ["no answer used: where she works", null, real.id, real.id],
    ["no answer used, all incidents: none", null, null, null],
    ["another real incident's answer: there", otherReal.id, real.id, otherReal.id],
    ["a real incident's answer, all incidents: there", real.id, null, real.id],
    ["a drill's answer on a real incident: hers", drill.id, real.id, real.id],
    ["a drill's answer, all incidents or none: none", drill.id, null, null],
    ["another drill's answer on a drill: hers", otherDrill.id, drill.id, drill.id],
    ["her drill's own answer: her drill", drill.id, drill.id, drill.id],
    ["a real answer on a drill: her drill", real.id, drill.id, drill.id],
    ["an unknown incident's answer: hers", unknown, real.id, real.id],
    ["an unknown incident's answer, all incidents: none", unknown, null, null],
  ])("%s", (_, answer, work, expected) => {
    expect(logIncidentOf(answer, work, known)).toBe(expected);
  });
});

describe("channels of the inquiry form", () => {
  beforeEach(() => {
    resetStore();
    localStorage.clear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("offers letter, e-service and SMS on keys 6–8 and returns to the agent's default channel after each save", async () => {
    const { calls } = serve();
    const agent = makeUser({ role: "agent" });
    localStorage.setItem(workIncidentKey(agent.id), water.id);
    const page = open(agent);
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByRole("radio", { name: /Brev/ })).toBeInTheDocument();
    expect(within(form).getByRole("radio", { name: /E-tjänst/ })).toBeInTheDocument();
    expect(within(form).getByRole("radio", { name: /SMS/ })).toBeInTheDocument();

    // Her default is SMS (she answers the SMS line); it is kept per user.
    fireEvent.change(within(form).getByLabelText("Min standardkanal"), { target: { value: "sms" } });
    expect(localStorage.getItem(defaultChannelKey(agent.id))).toBe("sms");

    // The page puts the keyboard in the search box first; then she moves to the form.
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" })).toHaveFocus());
    act(() =>
      within(form)
        .getByRole("radio", { name: /Telefon/ })
        .focus(),
    );
    await userEvent.keyboard("7");
    expect(within(form).getByRole("radio", { name: /E-tjänst/ })).toBeChecked();
    await userEvent.click(within(form).getByRole("radio", { name: "Återuppringning" }));
    fireEvent.change(within(form).getByLabelText("Frågan, kort"), { target: { value: "Fråga via e-tjänsten" } });
    await userEvent.click(within(form).getByRole("button", { name: "Spara ärendet" }));
    await screen.findByText(/är sparat/);
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      channel: "e_service",
      resolution: "callback",
    });
    expect(within(form).getByRole("radio", { name: /SMS/ })).toBeChecked();

    page.unmount();
    open(agent);
    expect(
      within(screen.getByRole("form", { name: "Logga ärendet" })).getByRole("radio", { name: /SMS/ }),
    ).toBeChecked();
  });
});
