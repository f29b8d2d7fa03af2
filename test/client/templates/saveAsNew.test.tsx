import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TemplateVersion } from "@shared/schemas/template";
import { TEMPLATES } from "@shared/templates";
import { TemplateEditorPage } from "../../../client/src/features/templates/TemplateEditorPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const ANNA = "7d0f6a0e-0000-4000-8000-000000000001";
const [first, second] = TEMPLATES as [(typeof TEMPLATES)[number], (typeof TEMPLATES)[number]];
const NEW_ID = "gaslacka-test-2";

/**
 * A server holding the approved bank (two built-in templates); a PUT to a new id stores a draft v1 of it, which then
 * is in the draft-only list and has that one version. A PUT to a built-in id is refused as taken.
 */
function serve() {
  const saved = new Map<string, TemplateVersion>();
  const stub = stubFetch((call) => {
    if (call.url === "/api/templates") return jsonResponse(200, { templates: [first, second], defaults: {} });
    if (call.url === "/api/templates/drafts")
      return jsonResponse(200, {
        templates: [...saved.values()].map((v) => ({ id: v.templateId, title: v.template.title, version: v.version })),
      });
    const versions = /^\/api\/templates\/([^/]+)\/versions$/.exec(call.url);
    if (versions) {
      const v = saved.get(decodeURIComponent(versions[1]!));
      return jsonResponse(200, { versions: v ? [v] : [] });
    }
    const put = /^\/api\/templates\/([^/]+)$/.exec(call.url);
    if (call.method === "PUT" && put) {
      const id = decodeURIComponent(put[1]!);
      if (TEMPLATES.some((t) => t.id === id))
        return jsonResponse(409, {
          error: {
            code: "conflict",
            message: "id: a template with this id exists already",
            field: "id",
            reason: "id_taken",
          },
        });
      const body = call.body as { template: Omit<TemplateVersion["template"], "id" | "version"> };
      const version: TemplateVersion = {
        templateId: id,
        version: 1,
        status: "draft",
        template: { ...body.template, id, version: 1 } as TemplateVersion["template"],
        savedBy: ANNA,
        savedAt: "2026-12-06T08:00:00.000Z",
        approvedBy: null,
        approvedAt: null,
      };
      saved.set(id, version);
      return jsonResponse(201, version);
    }
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
  return stub;
}

function renderEditor() {
  render(
    <MemoryRouter>
      <TemplateEditorPage />
    </MemoryRouter>,
  );
}

describe("the template editor saving under a new id", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ id: ANNA, role: "lead" }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the new template open, its draft shown, and lists it in the picker as a draft", async () => {
    serve();
    renderEditor();
    const picker = await screen.findByLabelText<HTMLSelectElement>("Mall");
    fireEvent.change(picker, { target: { value: second.id } });
    const name = screen.getByLabelText<HTMLInputElement>("Namn på svenska");
    await waitFor(() => expect(name.value).toBe(second.title.sv));
    fireEvent.change(name, { target: { value: "Gasläcka (test)" } });
    fireEvent.change(screen.getByLabelText("Spara som ny mall med id (frivilligt)"), { target: { value: NEW_ID } });
    fireEvent.click(screen.getByRole("button", { name: "Spara utkast" }));

    await screen.findByText("Version 1 är sparad som utkast.");
    await waitFor(() => expect(picker.value).toBe(NEW_ID));
    expect(within(picker).getByRole("option", { name: "Gasläcka (test) (utkast)" })).toBeInTheDocument();
    // Its draft is what is edited, not the first template of the bank.
    expect(screen.getByLabelText<HTMLInputElement>("Namn på svenska").value).toBe("Gasläcka (test)");
    expect(screen.getByText(/^1: Utkast/)).toBeInTheDocument();
    expect(picker.value).not.toBe(first.id);
  });

  it("says a taken id at the id field, in English when English is chosen, rather than a newer version", async () => {
    useStore.getState().setLanguage("en");
    serve();
    renderEditor();
    const id = await screen.findByLabelText("Save as a new template with id (optional)");
    fireEvent.change(id, { target: { value: second.id } });
    fireEvent.click(screen.getByRole("button", { name: "Save draft" }));

    await waitFor(() => expect(id).toHaveAttribute("aria-invalid", "true"));
    const described = (id.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((x) => document.getElementById(x)?.textContent ?? "")
      .join(" ");
    expect(described).toContain("That id is already in use");
    await waitFor(() => expect(id).toHaveFocus());
    expect(screen.queryByText(/Someone else saved a newer version/)).not.toBeInTheDocument();
  });
});
