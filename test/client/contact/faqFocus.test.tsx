import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FaqEntry, FaqSuggestion } from "@shared/schemas/faq";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { makeFaq } from "./fixtures";

const FOCUS = { timeout: 3_000 };

const suggestion: FaqSuggestion = {
  id: uuid(),
  question: "Får man fylla poolen?",
  incidentId: null,
  status: "open",
  count: 3,
  lastAskedAt: new Date().toISOString(),
  faqEntryId: null,
  createdBy: LEAD.id,
  createdAt: new Date().toISOString(),
  resolvedBy: null,
  resolvedAt: null,
};

/** A desk with twelve published answers and one open suggestion; drafts and submits answer as the API does. */
function serve(draft: FaqEntry) {
  let current = draft;
  const entries = Array.from({ length: 12 }, (_, i) => makeFaq({ question: `Fråga nummer ${i + 1}?` }));
  return stubFetch((call) => {
    if (call.method === "GET" && call.url === "/api/faq") return jsonResponse(200, { entries: [...entries, draft] });
    if (call.method === "GET" && call.url === "/api/faq/suggestions")
      return jsonResponse(200, { suggestions: [suggestion] });
    if (call.method === "POST" && call.url.endsWith("/draft"))
      return jsonResponse(201, {
        suggestion: { ...suggestion, status: "drafted", faqEntryId: draft.id },
        entry: draft,
      });
    if (call.method === "POST" && call.url.endsWith("/submit")) {
      current = { ...current, status: "in_review", version: current.version + 1 };
      return jsonResponse(200, current);
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderDesk(at = "/faq") {
  useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={[at]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

describe("FAQ desk: focus follows the work", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("moves focus into the form when 'Nytt svar' opens it, to its first field", async () => {
    serve(makeFaq({ status: "draft" }));
    renderDesk();
    await screen.findByText("Fråga nummer 12?");
    const button = screen.getByRole("button", { name: "Nytt svar" });
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Fråga" })).toHaveFocus(), FOCUS);
  });

  it("moves focus into the form again when 'Nytt svar' is pressed with it open already", async () => {
    serve(makeFaq({ status: "draft" }));
    renderDesk("/faq?entry=new");
    await screen.findByText("Fråga nummer 12?");
    await userEvent.click(screen.getByRole("button", { name: "Nytt svar" }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Fråga" })).toHaveFocus(), FOCUS);
  });

  it("keeps focus in the editor when 'Skicka på granskning' leaves with the draft's review step", async () => {
    const draft = makeFaq({ question: "Vem betalar vattnet?", status: "draft" });
    serve(draft);
    renderDesk(`/faq?entry=${draft.id}`);
    await screen.findByRole("heading", { name: "Redigera svar" }); // the entry is loaded
    await userEvent.click(screen.getByRole("button", { name: "Skicka på granskning" }));
    await screen.findByText("Skickat på granskning.");
    expect(screen.queryByRole("button", { name: "Skicka på granskning" })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { name: "Redigera svar" })).toHaveFocus(), FOCUS);
  });

  it("puts focus in the new draft's answer when a suggestion is drafted with the new-answer form open", async () => {
    const draft = makeFaq({ question: suggestion.question, answer: "", status: "draft" });
    serve(draft);
    renderDesk("/faq?entry=new");
    const suggestions = screen.getByRole("region", { name: "Förslag från kontaktcentret" });
    await userEvent.click(
      await within(suggestions).findByRole("button", { name: "Gör utkast av ”Får man fylla poolen?”" }),
    );
    await screen.findByRole("heading", { name: "Redigera svar" });
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Svar" })).toHaveFocus(), FOCUS);
    // ... and it stays there (the form it first landed in was the one replaced).
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByRole("textbox", { name: "Svar" })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: "Fråga" })).toHaveValue(suggestion.question);
  });
});
