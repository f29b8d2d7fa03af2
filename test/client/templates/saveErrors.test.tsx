import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TEMPLATES } from "@shared/templates";
import { TemplateEditorPage } from "../../../client/src/features/templates/TemplateEditorPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const template = TEMPLATES[0]!;
const ANNA = "7d0f6a0e-0000-4000-8000-000000000001";

/** The bank with the built-in template (no saved version); a PUT gets `onSave`'s answer. */
function serve(onSave: () => Response) {
  return stubFetch((call) => {
    if (call.url === "/api/templates") return jsonResponse(200, { templates: [template], defaults: {} });
    if (call.url === "/api/templates/drafts") return jsonResponse(200, { templates: [] });
    if (call.url.endsWith("/versions")) return jsonResponse(200, { versions: [] });
    if (call.method === "PUT") return onSave();
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

const refused = (error: Record<string, unknown>) => () =>
  jsonResponse(400, { error: { code: "validation", requestId: "r1", ...error } });

function renderEditor() {
  render(
    <MemoryRouter>
      <TemplateEditorPage />
    </MemoryRouter>,
  );
}

/** The control's error text, through its aria-describedby, as a screen reader reads it. */
function description(control: HTMLElement): string {
  return (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

describe("the template editor's errors at the field, in the user's language", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ id: ANNA, role: "lead" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("checks with the shared schema before sending: an empty Swedish name is said in Swedish at the field", async () => {
    const { calls } = serve(() => jsonResponse(500, {}));
    renderEditor();
    const name = await screen.findByLabelText("Namn på svenska");
    fireEvent.change(name, { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Spara utkast" }));

    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(description(name)).toContain("Fältet måste fyllas i.");
    // Focus moves once the error has rendered: a tick later on a loaded machine.
    await waitFor(() => expect(name).toHaveFocus());
    expect(calls.filter((c) => c.method === "PUT")).toEqual([]);
  });

  it("says what a new template id may be, at the id field, before sending", async () => {
    const { calls } = serve(() => jsonResponse(500, {}));
    renderEditor();
    const id = await screen.findByLabelText("Spara som ny mall med id (frivilligt)");
    fireEvent.change(id, { target: { value: "Gas läcka" } });
    fireEvent.click(screen.getByRole("button", { name: "Spara utkast" }));

    await waitFor(() => expect(id).toHaveAttribute("aria-invalid", "true"));
    expect(description(id)).toContain("små bokstäver a–z, siffror och bindestreck");
    // Focus moves once the error has rendered: a tick later on a loaded machine.
    await waitFor(() => expect(id).toHaveFocus());
    expect(calls.filter((c) => c.method === "PUT")).toEqual([]);
  });

  it("says the publish gate's refusal in Swedish at the language's texts, not the server's English", async () => {
    const english =
      "template.texts.sv: score 69, needs 70 with no failing principle (FA12: “möjligen”: guesses about a cause)";
    serve(
      refused({
        message: english,
        field: "template.texts.sv",
        reason: "gate",
        score: 69,
        threshold: 70,
        findings: [
          { sv: "”möjligen”: gissningar om orsak sprids som fakta.", en: "“möjligen”: guesses about a cause." },
        ],
      }),
    );
    renderEditor();
    await screen.findByLabelText("Namn på svenska");
    fireEvent.click(screen.getByRole("button", { name: "Spara utkast" }));

    const headline = screen.getByLabelText("Rubrik (Svenska)");
    await waitFor(() => expect(headline).toHaveAttribute("aria-invalid", "true"));
    expect(description(headline)).toContain("klarar inte publiceringskontrollen");
    expect(description(headline)).toContain("69 poäng, minst 70 krävs");
    expect(description(headline)).toContain("gissningar om orsak sprids som fakta");
    // Focus moves once the error has rendered: a tick later on a loaded machine.
    await waitFor(() => expect(headline).toHaveFocus());
    const group = screen.getByRole("group", { name: "Svenska" });
    expect(description(group)).toContain("klarar inte publiceringskontrollen");
    expect(screen.queryByText(english, { exact: false })).not.toBeInTheDocument();
    expect(screen.queryByText(/guesses about a cause/)).not.toBeInTheDocument();
    // The other languages' fields are not marked.
    expect(screen.getByLabelText("Rubrik (Engelska)")).not.toHaveAttribute("aria-invalid");
  });

  it("says an undeclared slot in English when English is chosen, at the field the server names", async () => {
    useStore.getState().setLanguage("en");
    serve(
      refused({
        message: "template.texts.en.body: {stadsdel} is not a declared slot",
        field: "template.texts.en.body",
        reason: "undeclared_slot",
        slot: "stadsdel",
      }),
    );
    renderEditor();
    await screen.findByLabelText("Name in Swedish");
    fireEvent.click(screen.getByRole("button", { name: "Save draft" }));

    const body = screen.getByLabelText("What has happened (English)");
    await waitFor(() => expect(body).toHaveAttribute("aria-invalid", "true"));
    expect(description(body)).toContain("{stadsdel} is not a placeholder of this template.");
    // Focus moves once the error has rendered: a tick later on a loaded machine.
    await waitFor(() => expect(body).toHaveFocus());
    expect(screen.queryByText(/is not a declared slot/)).not.toBeInTheDocument();
  });

  it("says any other refusal of a field as the console's own 'invalid value', not the server's zod English", async () => {
    const english = "template.title.sv: Too small: expected string to have >=1 characters";
    serve(refused({ message: english, field: "template.title.sv" }));
    renderEditor();
    const name = await screen.findByLabelText("Namn på svenska");
    fireEvent.click(screen.getByRole("button", { name: "Spara utkast" }));

    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(description(name)).toContain("Ogiltigt värde.");
    // Focus moves once the error has rendered: a tick later on a loaded machine.
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.queryByText(english, { exact: false })).not.toBeInTheDocument();
  });
});
