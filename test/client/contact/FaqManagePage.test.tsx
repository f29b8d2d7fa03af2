import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contactRoutes } from "../../../client/src/features/contact/routes";
import { useStore } from "../../../client/src/store";
import type { FaqEntry, FaqSuggestion } from "@shared/schemas/faq";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, LEAD, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { makeFaq } from "./fixtures";

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

function renderDesk(role: "communicator" | "agent" = "communicator") {
  useStore.getState().setSignedIn(makeUser({ role }));
  useStore.getState().setIncidentsStatus("loaded");
  return render(
    <MemoryRouter initialEntries={["/faq"]}>
      <Routes>{contactRoutes()}</Routes>
    </MemoryRouter>,
  );
}

describe("FAQ desk (/faq)", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("turns an agent's suggestion into a draft in one step, scores the answer while it is written, and submits it for review", async () => {
    const draft: FaqEntry = makeFaq({
      question: suggestion.question,
      answer: "",
      status: "draft",
      score: { overall: 60, status: "warn" },
    });
    let current = draft;
    const { calls } = stubFetch((call) => {
      if (call.method === "GET" && call.url === "/api/faq") return jsonResponse(200, { entries: [makeFaq()] });
      if (call.method === "GET" && call.url === "/api/faq/suggestions")
        return jsonResponse(200, { suggestions: [suggestion] });
      if (call.method === "POST" && call.url.endsWith("/draft"))
        return jsonResponse(201, {
          suggestion: { ...suggestion, status: "drafted", faqEntryId: draft.id },
          entry: draft,
        });
      if (call.method === "PATCH") {
        current = { ...current, ...(call.body as Partial<FaqEntry>), version: current.version + 1 };
        return jsonResponse(200, current);
      }
      if (call.method === "POST" && call.url.endsWith("/submit")) {
        current = { ...current, status: "in_review", version: current.version + 1 };
        return jsonResponse(200, current);
      }
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    renderDesk();
    const suggestions = screen.getByRole("region", { name: "Förslag från kontaktcentret" });
    expect(await within(suggestions).findByText("Får man fylla poolen?")).toBeInTheDocument();
    expect(within(suggestions).getByText(/frågat 3 gånger/)).toBeInTheDocument();

    await userEvent.click(within(suggestions).getByRole("button", { name: "Gör utkast av ”Får man fylla poolen?”" }));
    const question = await screen.findByLabelText("Fråga");
    expect(question).toHaveValue("Får man fylla poolen?");
    expect(within(suggestions).queryByText("Får man fylla poolen?")).not.toBeInTheDocument();
    // The suggestion and its button are gone: focus is in the new draft's answer, where the writing starts.
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Svar" })).toHaveFocus());

    const checklist = screen.getByRole("region", { name: /Checklistan/ });
    const before = checklist.textContent;
    await userEvent.type(screen.getByRole("textbox", { name: "Svar" }), "Troligen kanske, vi vet inte riktigt ännu.");
    expect(checklist.textContent).not.toBe(before); // scored on every keystroke, hedging costs points
    expect(within(checklist).getAllByRole("listitem").length).toBeGreaterThan(0);

    // A communicator cannot publish a general answer nobody has reviewed (review and staleness): she submits it for review.
    expect(screen.queryByRole("button", { name: "Publicera" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Skicka på granskning" }));
    await screen.findByText("Skickat på granskning.");
    const patch = calls.find((c) => c.method === "PATCH");
    expect(patch?.body).toMatchObject({ answer: "Troligen kanske, vi vet inte riktigt ännu.", expectedVersion: 1 });
    expect(calls.find((c) => c.url.endsWith("/submit"))?.body).toEqual({ expectedVersion: 2 });
    expect(useStore.getState().contact.faq[draft.id]?.status).toBe("in_review");
    expect(calls.some((c) => c.url.endsWith("/status") || c.url.endsWith("/publish"))).toBe(false);
  });

  it("is closed to agents", () => {
    stubFetch(() => jsonResponse(200, { entries: [], suggestions: [] }));
    renderDesk("agent");
    expect(screen.getByRole("alert")).toHaveTextContent("Din roll har inte behörighet till den här sidan.");
  });
});
