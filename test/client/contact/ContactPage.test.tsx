import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import type { Role } from "@shared/schemas/user";
import { stubFetch, type RecordedCall } from "../helpers/fetchStub";
import { makeBulletin } from "../bulletins/fixtures";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { faqEvent, makeFaq, makeInquiry } from "./fixtures";

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
  tags: ["tankbil"],
});
const general = makeFaq({ question: "Hur når jag kontaktcentret?", answer: "Ring kommunen." });

const suggestion = {
  id: "5f7b4a52-5d8e-4a5c-9a3e-0c1d2e3f4a5b",
  question: "",
  incidentId: null as string | null,
  status: "open",
  count: 1,
  lastAskedAt: "2026-11-25T08:00:00.000Z",
  faqEntryId: null,
  createdBy: "5f7b4a52-5d8e-4a5c-9a3e-0c1d2e3f4a5c",
  createdAt: "2026-11-25T08:00:00.000Z",
  resolvedBy: null,
  resolvedAt: null,
};

function serve(extra: (call: RecordedCall) => Response | null = () => null) {
  return stubFetch((call) => {
    const answer = extra(call);
    if (answer) return answer;
    if (call.method === "GET" && call.url === "/api/faq")
      return jsonResponse(200, { entries: [koka, tankbil, general] });
    if (call.method === "GET" && call.url.startsWith("/api/incidents"))
      return jsonResponse(200, { incidents: [incident] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderAs(role: Role) {
  useStore.getState().setSignedIn(makeUser({ role }));
  useStore.getState().upsertIncidents([incident]);
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/contact"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

describe("agent view (/contact)", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("focuses the search box, finds the answer as the agent types, and logs the call with the keyboard", async () => {
    const { calls } = serve((call) =>
      call.method === "POST" && call.url === "/api/inquiries"
        ? jsonResponse(201, makeInquiry({ caseNumber: "2026-000042" }))
        : null,
    );
    renderAs("agent");
    const search = screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await waitFor(() => expect(search).toHaveFocus());
    await screen.findByRole("option", { name: /Var kan jag hämta dricksvatten/ });

    await userEvent.keyboard("måste jag koka vattnet");
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options[0]).toHaveTextContent("Måste jag koka vattnet?");
    expect(options[0]).toHaveAttribute("aria-selected", "true");
    expect(search).toHaveAttribute("aria-activedescendant", options[0]?.id);
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Ja. Koka vattnet i minst en minut.");

    await userEvent.keyboard("{Enter}");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByRole("radio", { name: /Telefon/ })).toHaveFocus();
    expect(within(form).getByTestId("inquiry-used")).toHaveTextContent("Måste jag koka vattnet?");
    expect(within(form).getByRole("radio", { name: "Besvarat direkt" })).toBeChecked();

    await userEvent.keyboard("2");
    expect(within(form).getByRole("radio", { name: /E-post/ })).toBeChecked();
    await userEvent.keyboard("{Enter}");

    await screen.findByText("Ärende 2026-000042 är sparat.");
    const post = calls.find((c) => c.method === "POST" && c.url === "/api/inquiries");
    expect(post?.body).toMatchObject({
      channel: "email",
      question: "måste jag koka vattnet",
      faqEntryId: koka.id,
      resolution: "answered_first_contact",
      forwardedTo: null,
      callbackNumber: null,
      incidentId: incident.id,
    });
    expect(Date.parse((post?.body as { openedAt: string }).openedAt)).toBeLessThanOrEqual(Date.now());
    expect(search).toHaveFocus();
    expect(search).toHaveValue("");
  });

  it("names the call timer for screen readers without announcing it every second", async () => {
    serve();
    renderAs("agent");
    const search = screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await waitFor(() => expect(search).toHaveFocus());
    await userEvent.keyboard("koka");
    const timer = await screen.findByRole("timer", { name: "Tid sedan ärendet öppnades" });
    expect(timer).toHaveTextContent(/^\d\d:\d\d:\d\d$/);
    expect(timer).toHaveAttribute("aria-live", "off");
  });

  it("saves one call once: a second Enter while the first save is on its way does not log it again", async () => {
    let release: () => void = () => {};
    const { calls } = stubFetch((call) => {
      if (call.method === "POST" && call.url === "/api/inquiries")
        return new Promise<Response>((resolve) => {
          release = () => resolve(jsonResponse(201, makeInquiry({ caseNumber: "2026-000043" })));
        });
      if (call.method === "GET" && call.url === "/api/faq")
        return jsonResponse(200, { entries: [koka, tankbil, general] });
      if (call.method === "GET" && call.url.startsWith("/api/incidents"))
        return jsonResponse(200, { incidents: [incident] });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    renderAs("agent");
    await screen.findByRole("option", { name: /Var kan jag hämta dricksvatten/ });
    await userEvent.keyboard("måste jag koka vattnet{Enter}");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByRole("radio", { name: /Telefon/ })).toHaveFocus();
    await userEvent.keyboard("{Enter}{Enter}");
    act(() => release());
    await screen.findByText("Ärende 2026-000043 är sparat.");
    expect(calls.filter((c) => c.method === "POST" && c.url === "/api/inquiries")).toHaveLength(1);
  });

  it("Escape starts the call over, the log form too: the last caller's rewritten question does not stay", async () => {
    serve(() => null);
    renderAs("agent");
    const search = screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await waitFor(() => expect(search).toHaveFocus());
    await userEvent.keyboard("måste jag koka vattnet");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    const question = within(form).getByRole("textbox", { name: "Frågan, kort" });
    await userEvent.clear(question);
    await userEvent.type(question, "Uppringaren undrar om barnen kan dricka vattnet");
    await userEvent.click(search);
    await userEvent.keyboard("{Escape}");
    expect(search).toHaveValue("");
    await userEvent.keyboard("var kan jag hämta dricksvatten");
    expect(
      within(screen.getByRole("form", { name: "Logga ärendet" })).getByRole("textbox", { name: "Frågan, kort" }),
    ).toHaveValue("var kan jag hämta dricksvatten");
  });

  it("does not pre-select or pre-fill a weak hit: says Inget säkert svar, lists suggestions, Enter sends Inte i FAQ:n", async () => {
    const { calls } = serve((call) =>
      call.method === "POST" && call.url === "/api/faq/suggestions"
        ? jsonResponse(201, {
            id: koka.id,
            question: "kokar man vatnet",
            incidentId: incident.id,
            status: "open",
            count: 1,
            lastAskedAt: koka.createdAt,
            faqEntryId: null,
            createdBy: koka.createdBy,
            createdAt: koka.createdAt,
            resolvedBy: null,
            resolvedAt: null,
          })
        : null,
    );
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    // "vatnet" is no word the search can correct safely and "kokar" alone is half the question: a weak hit.
    await userEvent.keyboard("kokar man vatnet");
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options[0]).toHaveTextContent("Måste jag koka vattnet?");
    expect(options.filter((o) => o.getAttribute("aria-selected") === "true")).toEqual([]);
    expect(screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" })).not.toHaveAttribute(
      "aria-activedescendant",
    );
    // Said by a live region, and shown with the best hits as suggestions.
    expect(screen.getByTestId("hit-unsure")).toHaveAttribute("role", "status");
    expect(screen.getByTestId("hit-unsure")).toHaveTextContent("Inget säkert svar");
    const answer = screen.getByRole("region", { name: "Inget säkert svar" });
    expect(within(answer).getByRole("button", { name: "Måste jag koka vattnet?" })).toBeInTheDocument();
    expect(screen.queryByTestId("answer-text")).not.toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByTestId("inquiry-used")).toHaveTextContent("Inget FAQ-svar");
    expect(within(form).getByRole("radio", { name: "Besvarat direkt" })).not.toBeChecked();

    // One key: Enter with no confident answer is "Inte i FAQ:n".
    await userEvent.keyboard("{Enter}");
    await screen.findByText("Frågan ”kokar man vatnet” är skickad till krisledningen som förslag.");
    expect(calls.find((c) => c.url === "/api/faq/suggestions")?.body).toEqual({
      question: "kokar man vatnet",
      incidentId: incident.id,
    });
  });

  it("uses a suggestion the agent picks from a weak search, and only then pre-fills the form", async () => {
    serve();
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("kokar man vatnet");
    await userEvent.click(
      within(screen.getByRole("region", { name: "Inget säkert svar" })).getByRole("button", {
        name: "Måste jag koka vattnet?",
      }),
    );
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Ja. Koka vattnet i minst en minut.");
    expect(screen.getByTestId("hit-unsure")).toHaveTextContent("");
    const form = screen.getByRole("form", { name: "Logga ärendet" });
    expect(within(form).getByTestId("inquiry-used")).toHaveTextContent("Måste jag koka vattnet?");
    expect(within(form).getByRole("radio", { name: "Besvarat direkt" })).toBeChecked();
  });

  it("moves through hits with the arrow keys and forwards a call to a named unit", async () => {
    const { calls } = serve((call) =>
      call.method === "POST" && call.url === "/api/inquiries" ? jsonResponse(201, makeInquiry()) : null,
    );
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("vatten");
    const first = within(screen.getByRole("listbox")).getAllByRole("option")[0]?.textContent ?? "";
    await userEvent.keyboard("{ArrowDown}");
    const active = within(screen.getByRole("listbox"))
      .getAllByRole("option")
      .find((o) => o.getAttribute("aria-selected") === "true");
    expect(active?.textContent).not.toBe(first);
    await userEvent.keyboard("{Enter}");
    await userEvent.click(screen.getByRole("radio", { name: "Vidarebefordrat" }));
    await userEvent.type(screen.getByLabelText("Till vilken enhet?"), "VA-enheten{Enter}");
    await screen.findByText(/är sparat/);
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      resolution: "forwarded",
      forwardedTo: "VA-enheten",
    });
  });

  it("counts one caller's question once: a second Shift+Enter in the same call sends nothing, a new call may", async () => {
    const { calls } = serve((call) =>
      call.method === "POST" && call.url === "/api/faq/suggestions"
        ? jsonResponse(201, {
            id: koka.id,
            question: "grilla i parken",
            incidentId: incident.id,
            status: "open",
            count: 1,
            lastAskedAt: koka.createdAt,
            faqEntryId: null,
            createdBy: koka.createdBy,
            createdAt: koka.createdAt,
            resolvedBy: null,
            resolvedAt: null,
          })
        : null,
    );
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    const sent = () => calls.filter((c) => c.url === "/api/faq/suggestions").length;
    await userEvent.keyboard("grilla i parken{Shift>}{Enter}{/Shift}");
    await screen.findByText("Frågan ”grilla i parken” är skickad till krisledningen som förslag.");
    screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).focus();
    await userEvent.keyboard("{Shift>}{Enter}{/Shift}");
    await screen.findByText("Frågan ”grilla i parken” är redan skickad för det här samtalet.");
    expect(sent()).toBe(1);
    // Escape starts the next caller, whose question counts again.
    screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).focus();
    await userEvent.keyboard("{Escape}grilla i parken{Shift>}{Enter}{/Shift}");
    await waitFor(() => expect(sent()).toBe(2));
  });

  it("sends a question once when Shift+Enter is pressed twice while the first is on its way", async () => {
    let release: () => void = () => {};
    const { calls } = stubFetch((call) => {
      if (call.method === "POST" && call.url === "/api/faq/suggestions")
        return new Promise<Response>((resolve) => {
          release = () => resolve(jsonResponse(201, { ...suggestion, question: "grilla i parken" }));
        });
      if (call.method === "GET" && call.url === "/api/faq")
        return jsonResponse(200, { entries: [koka, tankbil, general] });
      if (call.method === "GET" && call.url.startsWith("/api/incidents"))
        return jsonResponse(200, { incidents: [incident] });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("grilla i parken{Shift>}{Enter}{/Shift}");
    screen.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).focus();
    await userEvent.keyboard("{Shift>}{Enter}{/Shift}");
    act(() => release());
    await screen.findByText(/grilla i parken/);
    expect(calls.filter((c) => c.url === "/api/faq/suggestions")).toHaveLength(1);
  });

  it("sends a question that is not in the FAQ as a suggestion with Shift+Enter, then logs it without an entry", async () => {
    const { calls } = serve((call) => {
      if (call.method === "POST" && call.url === "/api/faq/suggestions")
        return jsonResponse(201, {
          id: koka.id,
          question: "grilla i parken",
          incidentId: incident.id,
          status: "open",
          count: 1,
          lastAskedAt: koka.createdAt,
          faqEntryId: null,
          createdBy: koka.createdBy,
          createdAt: koka.createdAt,
          resolvedBy: null,
          resolvedAt: null,
        });
      if (call.method === "POST" && call.url === "/api/inquiries") return jsonResponse(201, makeInquiry());
      return null;
    });
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("grilla i parken{Shift>}{Enter}{/Shift}");
    await screen.findByText("Frågan ”grilla i parken” är skickad till krisledningen som förslag.");
    expect(calls.find((c) => c.url === "/api/faq/suggestions")?.body).toEqual({
      question: "grilla i parken",
      incidentId: incident.id,
    });
    expect(screen.getByRole("radio", { name: /Telefon/ })).toHaveFocus();
    // No FAQ answer was used, so the outcome is not pre-filled: Enter asks for it instead of logging "Besvarat direkt".
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByText("Välj utfall för ärendet.")).toBeInTheDocument();
    expect(calls.some((c) => c.url === "/api/inquiries")).toBe(false);
    await userEvent.click(screen.getByRole("radio", { name: "Återuppringning" }));
    await userEvent.keyboard("{Enter}");
    await screen.findByText(/är sparat/);
    expect(calls.find((c) => c.url === "/api/inquiries")?.body).toMatchObject({
      faqEntryId: null,
      question: "grilla i parken",
      resolution: "callback",
    });
  });

  it("shows a live change to the answer on screen as changed, with the words removed and added, until seen", async () => {
    serve();
    renderAs("agent");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("koka");
    expect(screen.getByTestId("answer-text")).toHaveTextContent("minst en minut");

    const changed = { ...koka, answer: "Ja. Koka vattnet i minst tre minuter.", version: 2 };
    act(() => useStore.getState().applyEvents([faqEvent(1, "faq.updated", changed, { changed: ["answer"] })]));
    const answer = screen.getByTestId("answer-text");
    expect(answer).toHaveTextContent("Ja. Koka vattnet i minst");
    expect(answer.querySelector("del")).toHaveTextContent("en minut.");
    expect(answer.querySelector("ins")).toHaveTextContent("tre minuter.");
    expect(within(screen.getByRole("listbox")).getByText("Ändrad")).toBeInTheDocument();
    expect(screen.getByText(/^Svaret ändrades \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getByText("av Sara Kommunikatör")).toBeInTheDocument();
    expect(useStore.getState().announcement).toMatchObject({
      key: "contact.announce.changed",
      params: { question: "Måste jag koka vattnet?" },
    });

    await userEvent.click(screen.getByRole("button", { name: "Jag har sett ändringen" }));
    expect(screen.queryByText("Ändrad")).not.toBeInTheDocument();
    expect(screen.getByTestId("answer-text").querySelector("ins")).toBeNull();
  });

  it("lets viewers search and read but not log", async () => {
    serve();
    renderAs("viewer");
    await within(screen.getByRole("listbox")).findAllByRole("option");
    await userEvent.keyboard("tankbil");
    expect(screen.getByTestId("answer-text")).toHaveTextContent("Vid tankbilen på Norrby torg.");
    expect(screen.queryByRole("form", { name: "Logga ärendet" })).not.toBeInTheDocument();
  });

  it("shows the incident's latest published bulletin as the script, or its description when none is published", async () => {
    serve((call) =>
      call.url.startsWith(`/api/incidents/${incident.id}/bulletins`)
        ? jsonResponse(200, {
            bulletins: [
              makeBulletin(incident.id, {
                id: koka.id,
                headline: "Koka vattnet i Norrby",
                body: "Ledningsbrott.",
                instruction: "Koka i en minut.",
                status: "published",
                publishedVersion: 1,
                publishedAt: "2026-11-25T07:00:00.000Z",
                channelVersions: [
                  {
                    id: koka.id,
                    bulletinId: koka.id,
                    channel: "contact-centre",
                    text: "Säg: koka vattnet i en minut.",
                    version: 1,
                    masterVersion: 1,
                    stale: [],
                    score: { overall: 90, status: "pass", errors: 0, warnings: 0 },
                    updatedBy: koka.id,
                    updatedByName: "Sara Nyström",
                    createdAt: "2026-11-25T07:00:00.000Z",
                    updatedAt: "2026-11-25T07:00:00.000Z",
                  },
                ],
              }),
            ],
          })
        : null,
    );
    renderAs("agent");
    const script = screen.getByRole("region", { name: "Manus: senaste meddelanden" });
    expect(await within(script).findByText("Koka vattnet i Norrby")).toBeInTheDocument();
    expect(within(script).getByText("Säg: koka vattnet i en minut.")).toBeInTheDocument();
  });
});
