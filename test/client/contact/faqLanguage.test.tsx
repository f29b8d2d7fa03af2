import { render, screen, within } from "@testing-library/react";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FaqEntry } from "@shared/schemas/faq";
import type { FaqHit } from "@shared/search/index";
import { DiffView } from "../../../client/src/components/DiffView";
import { AnswerPanel } from "../../../client/src/features/contact/AnswerPanel";
import { HitList } from "../../../client/src/features/contact/HitList";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";
import { makeFaq } from "./fixtures";

// WCAG 3.1.2 (language of parts): an FAQ entry written in Finnish, English or easy Swedish is tagged with its own
// language wherever its question or answer is shown, so a screen reader in a Swedish console pronounces it right.

const finnish = makeFaq({
  question: "Pitääkö vesi keittää?",
  answer: "Kyllä. Keitä juomavesi vähintään minuutin ajan.",
  language: "fi",
});
const english = makeFaq({ question: "Do I have to boil the water?", answer: "Yes, for one minute.", language: "en" });
const easy = makeFaq({ question: "Ska jag koka vattnet?", answer: "Ja. Koka vattnet.", language: "sv-lattlast" });

const hit = (entry: FaqEntry): FaqHit<FaqEntry> => ({
  id: entry.id,
  score: 10,
  entry,
  matchedTerms: [],
  matchedWords: [],
  coverage: 1,
  strong: false,
});

describe("FAQ text in its own language", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "agent" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("tags each search hit's question with the entry's language, easy Swedish as Swedish", () => {
    render(
      <HitList hits={[hit(finnish), hit(english), hit(easy)]} activeId={null} incidentId={null} onPick={() => {}} />,
    );
    expect(screen.getByText("Pitääkö vesi keittää?").closest("[lang]")).toHaveAttribute("lang", "fi");
    expect(screen.getByText("Do I have to boil the water?").closest("[lang]")).toHaveAttribute("lang", "en");
    expect(screen.getByText("Ska jag koka vattnet?").closest("[lang]")).toHaveAttribute("lang", "sv");
  });

  it("tags the answer panel's question and answer, and the unsure suggestions", () => {
    const { rerender } = render(<AnswerPanel entry={finnish} hasQuery />);
    expect(screen.getByRole("heading", { level: 2, name: finnish.question })).toHaveAttribute("lang", "fi");
    expect(screen.getByTestId("answer-text")).toHaveAttribute("lang", "fi");

    rerender(<AnswerPanel entry={null} hasQuery suggestions={[hit(english)]} />);
    expect(screen.getByRole("button", { name: english.question })).toHaveAttribute("lang", "en");
  });

  it("keeps the console's words in the console's language inside a changed answer's word diff", () => {
    useStore.setState((s) => ({
      contact: {
        ...s.contact,
        faqChanges: {
          [finnish.id]: {
            kind: "changed",
            before: { question: finnish.question, answer: "Kyllä. Keitä vesi." },
            at: "2026-11-25T08:00:00.000Z",
            by: null,
          },
        },
      },
    }));
    render(<AnswerPanel entry={finnish} hasQuery />);
    const answer = screen.getByTestId("answer-text");
    expect(answer).toHaveAttribute("lang", "fi");
    const label = within(answer).getAllByText(/tillagt|borttaget/i)[0];
    expect(label).toHaveAttribute("lang", "sv");
  });

  it("tags the FAQ desk's list rows and the editor's question and answer fields", async () => {
    stubFetch((call) => {
      if (call.url === "/api/faq") return jsonResponse(200, { entries: [finnish] });
      if (call.url === "/api/faq/suggestions") return jsonResponse(200, { suggestions: [] });
      if (call.url.startsWith("/api/faq/")) return jsonResponse(200, { versions: [] });
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
    useStore.getState().setIncidentsStatus("loaded");
    useStore.getState().setFaqEntries([finnish]);
    render(
      <MemoryRouter initialEntries={[`/faq?entry=${finnish.id}`]}>
        <Routes>{contactRoutes()}</Routes>
      </MemoryRouter>,
    );
    const list = screen.getByRole("region", { name: "Svar i FAQ:n" });
    expect(within(list).getByText(finnish.question)).toHaveAttribute("lang", "fi");
    expect(await screen.findByRole("textbox", { name: "Fråga" })).toHaveAttribute("lang", "fi");
    expect(screen.getByRole("textbox", { name: "Svar" })).toHaveAttribute("lang", "fi");
  });

  it("tags a compared FAQ text (an edit of a published answer) while its added/removed labels stay Swedish", () => {
    render(<DiffView fields={[{ label: "Svar", before: "Kyllä.", after: "Kyllä. Keitä vesi.", lang: "fi" }]} />);
    const text = screen.getByText("Keitä vesi.", { exact: false }).closest("p");
    expect(text).toHaveAttribute("lang", "fi");
    expect(within(text as HTMLElement).getByText(/tillagt/)).toHaveAttribute("lang", "sv");
  });
});
