import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Claim } from "@shared/schemas/claim";
import type { Role } from "@shared/schemas/user";
import { CorrectionFaqButton } from "../../../client/src/features/claims/CorrectionFaqButton";
import { useStore } from "../../../client/src/store";
import { makeFaq } from "../contact/fixtures";
import { stubFetch } from "../helpers/fetchStub";
import { jsonResponse, makeIncident, makeUser, resetStore, uuid } from "../helpers/fixtures";
import { makeClaim, SARA } from "./fixtures";

const incident = makeIncident();
const bulletinId = uuid();
const corrected = (over: Partial<Claim> = {}) =>
  makeClaim(incident.id, { status: "corrected", correctionBulletinId: bulletinId, ...over });

function FaqPage() {
  return <p>faq page {useLocation().search}</p>;
}

function renderButton(claim: Claim, role: Role = "communicator") {
  useStore.getState().setSignedIn(makeUser({ id: SARA.id, role }));
  return render(
    <MemoryRouter initialEntries={["/board"]}>
      <Routes>
        <Route path="/board" element={<CorrectionFaqButton claim={claim} />} />
        <Route path="/faq" element={<FaqPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe("a corrected claim's correction to the contact centre's FAQ", () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.unstubAllGlobals());

  it("sends the correction in one step, says it is published and links to the entry; a second press updates it", async () => {
    const entry = makeFaq({ incidentId: incident.id, status: "published" });
    let created = true;
    const { calls } = stubFetch((call) => {
      if (call.method === "POST" && call.url === `/api/bulletins/${bulletinId}/faq`) {
        const body = { faq: { ...entry, version: created ? 1 : 2 }, created, bulletinId, claimId: null };
        created = false;
        return jsonResponse(body.created ? 201 : 200, body);
      }
      return jsonResponse(404, { error: { code: "not_found", message: "no" } });
    });
    renderButton(corrected());

    fireEvent.click(screen.getByRole("button", { name: "Skicka till kontaktcentrets FAQ" }));
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("FAQ-svaret är publicerat för kontaktcenter."),
    );
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "Uppdatera FAQ-svaret" }));
    expect(await screen.findByText(/uppdaterat \(version 2\)/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(2);

    fireEvent.click(screen.getByRole("link", { name: "Öppna FAQ-svaret" }));
    expect(await screen.findByText(`faq page ?entry=${entry.id}`)).toBeInTheDocument();
  });

  it("shows the server's refusal as an alert", async () => {
    stubFetch(() =>
      jsonResponse(409, {
        error: { code: "conflict", message: "This correction is not published yet", reason: "not_published" },
      }),
    );
    renderButton(corrected());
    fireEvent.click(screen.getByRole("button", { name: "Skicka till kontaktcentrets FAQ" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("FAQ-svaret kunde inte sparas");
    // Why, in Swedish: not the server's English, nor the generic "someone else changed it first" of a conflict.
    expect(alert).toHaveTextContent("Rättelsen är inte publicerad än. Publicera den först.");
    expect(alert).not.toHaveTextContent(/not published|Någon annan/);
  });

  it("is offered only on a corrected claim with its correction, and only to the FAQ's editors", () => {
    const { unmount } = renderButton(makeClaim(incident.id, { status: "in_review", correctionBulletinId: bulletinId }));
    expect(screen.queryByRole("button")).toBeNull();
    unmount();
    const again = renderButton(corrected({ correctionBulletinId: null }));
    expect(screen.queryByRole("button")).toBeNull();
    again.unmount();
    renderButton(corrected(), "viewer");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
