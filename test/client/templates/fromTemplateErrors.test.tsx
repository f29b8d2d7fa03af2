import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TEMPLATES } from "@shared/templates";
import { TemplatePage } from "../../../client/src/features/templates/TemplatePage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const template = TEMPLATES[0]!;
const INCIDENT = "5b1e2c3d-0000-4000-8000-000000000001";

/** The bank with the built-in template; the POST gets `onCreate`'s answer. */
function serve(onCreate: () => Response) {
  return stubFetch((call) => {
    if (call.url === "/api/templates") return jsonResponse(200, { templates: [template], defaults: {} });
    if (call.method === "POST") return onCreate();
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

function renderPage() {
  render(
    <MemoryRouter initialEntries={[`/incidents/${INCIDENT}/bulletins/from-template`]}>
      <Routes>
        <Route path="/incidents/:id/bulletins/from-template" element={<TemplatePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** Fills every slot the form asks for, so the form's own check lets the request go. */
async function fillAll() {
  for (const slot of template.slots) {
    const field = await screen.findByLabelText(slot.label.sv, { exact: false });
    if ((field as HTMLInputElement).value === "") fireEvent.change(field, { target: { value: "Norrby" } });
  }
}

// Filling every slot of a real template takes a few seconds on a loaded machine.
describe("a message from a template: the server's refusals in the user's language", { timeout: 20_000 }, () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("says a value the server still needs at its field, as the form says a missing one, not 'slots.x: required'", async () => {
    const slot = template.slots.find((s) => s.kind !== "datetime")!;
    serve(() =>
      jsonResponse(400, {
        error: {
          code: "validation",
          requestId: "r1",
          message: `slots.${slot.name}: required`,
          field: `slots.${slot.name}`,
          reason: "required",
        },
      }),
    );
    renderPage();
    await fillAll();
    fireEvent.click(screen.getByRole("button", { name: /Skapa/ }));
    const field = screen.getByLabelText(slot.label.sv, { exact: false });
    await waitFor(() => expect(field).toHaveAttribute("aria-invalid", "true"));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(`Fyll i ${slot.label.sv}.`));
    expect(document.body).not.toHaveTextContent("required");
    await waitFor(() => expect(field).toHaveFocus());
  });

  it.each([
    ["too_long", "gör meddelandet för långt"],
    [undefined, "kan inte användas så här"],
  ])("says a value the server cannot use (reason %s) as what it is, not as a missing one", async (reason, said) => {
    const slot = template.slots.find((s) => s.kind !== "datetime")!;
    serve(() =>
      jsonResponse(400, {
        error: {
          code: "validation",
          requestId: "r3",
          message: `slots.${slot.name}: makes the sv headline invalid`,
          field: `slots.${slot.name}`,
          ...(reason ? { reason } : {}),
        },
      }),
    );
    renderPage();
    await fillAll();
    fireEvent.click(screen.getByRole("button", { name: /Skapa/ }));
    const field = screen.getByLabelText(slot.label.sv, { exact: false });
    await waitFor(() => expect(field).toHaveAttribute("aria-invalid", "true"));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(said));
    expect(field).not.toHaveAccessibleDescription(expect.stringContaining("Fyll i"));
  });

  it("says another refusal in Swedish, not the server's English", async () => {
    serve(() => jsonResponse(403, { error: { code: "forbidden", requestId: "r2", message: "role may not do this" } }));
    renderPage();
    await fillAll();
    fireEvent.click(screen.getByRole("button", { name: /Skapa/ }));
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "Din roll får inte göra detta.",
    );
    expect(screen.getByRole("alert")).not.toHaveTextContent("role may not do this");
  });
});
