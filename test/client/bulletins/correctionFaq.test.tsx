import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "@shared/schemas/bulletin";
import type { Role } from "@shared/schemas/user";
import { CorrectionFaqPanel } from "../../../client/src/features/bulletins/editor/CorrectionFaqPanel";
import { useStore } from "../../../client/src/store";
import { makeFaq } from "../contact/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";

const incident = makeIncident();
const published = (over: Partial<Bulletin> = {}) =>
  makeBulletin(incident.id, {
    kind: "correction",
    status: "published",
    publishedVersion: 1,
    publishedAt: new Date().toISOString(),
    ...over,
  });

function renderPanel(bulletin: Bulletin, role: Role = "communicator") {
  useStore.getState().setSignedIn(makeUser({ role }));
  return render(
    <MemoryRouter>
      <CorrectionFaqPanel bulletin={bulletin} />
    </MemoryRouter>,
  );
}

describe("the published correction's FAQ panel in the editor", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("shows the entry the correction made, links to it, and updates it in one step", async () => {
    const bulletin = published();
    const entry = makeFaq({
      incidentId: incident.id,
      question: "Stämmer det att ”vattnet är giftigt”?",
      status: "published",
      version: 1,
    });
    const { calls } = stubFetch((call) => {
      if (call.url !== `/api/bulletins/${bulletin.id}/faq`)
        return jsonResponse(404, { error: { code: "not_found", message: "no" } });
      if (call.method === "GET") return jsonResponse(200, { faq: entry });
      return jsonResponse(200, {
        faq: { ...entry, version: 2 },
        created: false,
        bulletinId: bulletin.id,
        claimId: null,
      });
    });
    renderPanel(bulletin);
    expect(screen.getByRole("heading", { level: 2, name: "Kontaktcentrets FAQ" })).toBeInTheDocument();
    const link = await screen.findByRole("link", { name: entry.question });
    expect(link).toHaveAttribute("href", `/faq?entry=${entry.id}`);
    expect(screen.getByText("(version 1, Publicerad)")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Uppdatera FAQ-svaret" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("FAQ-svaret är uppdaterat (version 2)."));
    expect(screen.getByText("(version 2, Publicerad)")).toBeInTheDocument();
    expect(calls.map((c) => c.method)).toEqual(["GET", "POST"]);
  });

  it("offers to create the entry when there is none", async () => {
    const bulletin = published();
    const entry = makeFaq({ incidentId: incident.id, status: "published" });
    stubFetch((call) =>
      call.method === "GET"
        ? jsonResponse(200, { faq: null })
        : jsonResponse(201, { faq: entry, created: true, bulletinId: bulletin.id, claimId: null }),
    );
    renderPanel(bulletin);
    fireEvent.click(await screen.findByRole("button", { name: "Skicka till kontaktcentrets FAQ" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("FAQ-svaret är publicerat för kontaktcenter."),
    );
    expect(screen.getByRole("link", { name: entry.question })).toBeInTheDocument();
  });

  it("says a refusal in Swedish, not the server's English", async () => {
    const bulletin = published();
    stubFetch((call) =>
      call.method === "GET"
        ? jsonResponse(200, { faq: null })
        : jsonResponse(409, {
            error: {
              code: "conflict",
              message: "This correction was retracted; it cannot feed the FAQ",
              reason: "retracted",
            },
          }),
    );
    renderPanel(bulletin);
    fireEvent.click(await screen.findByRole("button", { name: "Skicka till kontaktcentrets FAQ" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Rättelsen är tillbakadragen och kan inte bli ett FAQ-svar.");
    expect(alert).not.toHaveTextContent(/retracted|Någon annan/);
  });

  it("is not shown for a draft correction, a plain bulletin, a retracted correction, or to an agent", () => {
    const { calls } = stubFetch(() => jsonResponse(200, { faq: null }));
    for (const [bulletin, role] of [
      [published({ status: "draft", publishedVersion: null }), "communicator"],
      [published({ kind: "bulletin" }), "communicator"],
      [published({ status: "retracted" }), "lead"],
      [published(), "agent"],
    ] as const) {
      const { unmount } = renderPanel(bulletin, role);
      expect(screen.queryByRole("heading", { name: "Kontaktcentrets FAQ" })).toBeNull();
      unmount();
    }
    expect(calls).toHaveLength(0);
  });
});
