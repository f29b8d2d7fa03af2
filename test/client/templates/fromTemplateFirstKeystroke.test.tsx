import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TEMPLATES } from "@shared/templates";
import { TemplatePage } from "../../../client/src/features/templates/TemplatePage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const template = TEMPLATES[0]!;
const INCIDENT = "5b1e2c3d-0000-4000-8000-000000000001";

describe("a message from a template: what the user types as soon as the form appears", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ role: "communicator" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("stays typed: the template's fresh values do not land after the first keystroke", async () => {
    stubFetch((call) =>
      call.url === "/api/templates"
        ? jsonResponse(200, { templates: [template], defaults: {} })
        : jsonResponse(404, { error: { code: "not_found", message: "no" } }),
    );
    render(
      <MemoryRouter initialEntries={[`/incidents/${INCIDENT}/bulletins/from-template`]}>
        <Routes>
          <Route path="/incidents/:id/bulletins/from-template" element={<TemplatePage />} />
        </Routes>
      </MemoryRouter>,
    );
    const slot = template.slots.find((s) => s.kind !== "datetime")!;
    // Not findBy: it waits a macrotask after finding, and effects of the render usually run in that wait. A busy
    // machine does not always let them (seen in CI), so the keystroke lands right after the form's first paint.
    const field = await new Promise<HTMLElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const found = screen.queryByLabelText(slot.label.sv, { exact: false });
        if (found) {
          observer.disconnect();
          resolve(found);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    fireEvent.change(field, { target: { value: "Norrby" } });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(field).toHaveValue("Norrby");
  });
});
