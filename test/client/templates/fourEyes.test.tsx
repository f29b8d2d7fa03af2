import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TEMPLATES } from "@shared/templates";
import { TemplateEditorPage } from "../../../client/src/features/templates/TemplateEditorPage";
import { useStore } from "../../../client/src/store";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeUser, resetStore } from "../helpers/fixtures";

const template = TEMPLATES[0]!;
const ANNA = "7d0f6a0e-0000-4000-8000-000000000001";
const PER = "7d0f6a0e-0000-4000-8000-000000000002";

function serve(savedBy: string) {
  const version = {
    templateId: template.id,
    version: 2,
    status: "draft",
    template: { ...template, version: 2 },
    savedBy,
    savedAt: "2026-12-06T08:00:00.000Z",
    approvedBy: null,
    approvedAt: null,
  };
  return stubFetch((call) => {
    if (call.url === "/api/templates") return jsonResponse(200, { templates: [template], defaults: {} });
    if (call.url === "/api/templates/drafts") return jsonResponse(200, { templates: [] });
    if (call.url.endsWith("/versions")) return jsonResponse(200, { versions: [version] });
    return jsonResponse(404, { error: { code: "not_found", message: "no" } });
  });
}

describe("the template editor's four eyes", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(makeUser({ id: ANNA, role: "lead" }));
    useStore.setState({ people: { [ANNA]: "Anna Lind", [PER]: "Per Holm" } });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("offers no 'Godkänn' for the user's own draft, says who saved it and that it waits for someone else", async () => {
    serve(ANNA);
    render(
      <MemoryRouter>
        <TemplateEditorPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(/sparad av Anna Lind/)).toBeInTheDocument();
    expect(
      screen.getByText("Väntar på att en annan administratör eller krisledare godkänner den."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Godkänn version 2" })).not.toBeInTheDocument();
  });

  it("offers 'Godkänn' for a colleague's draft", async () => {
    serve(PER);
    render(
      <MemoryRouter>
        <TemplateEditorPage />
      </MemoryRouter>,
    );
    expect(await screen.findByRole("button", { name: "Godkänn version 2" })).toBeInTheDocument();
    expect(screen.getByText(/sparad av Per Holm/)).toBeInTheDocument();
  });
});
