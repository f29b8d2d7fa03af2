import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import type { Incident } from "@shared/schemas/incident";
import { ClaimsBoardPage } from "../../../client/src/features/claims/ClaimsBoardPage";
import { useStore } from "../../../client/src/store";
import { makeUser, resetStore } from "../helpers/fixtures";
import { SARA } from "./fixtures";

/** The claims board of an incident, routed as the console routes it. */
export function renderBoard(incidentId: string) {
  return render(
    <MemoryRouter initialEntries={[`/incidents/${incidentId}/claims`]}>
      <Routes>
        <Route path="/incidents/:id/claims" element={<ClaimsBoardPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The card (list item) that quotes the claim's text. */
export const cardFor = async (text: string): Promise<HTMLElement> =>
  (await screen.findByText(`”${text}”`)).closest("li") as HTMLElement;

/** A fresh store with Sara, a communicator, signed in and the incident known. */
export function signInSaraOn(incident: Incident): void {
  resetStore();
  useStore
    .getState()
    .setSignedIn(makeUser({ id: SARA.id, displayName: SARA.displayName, role: "communicator", username: "sara" }));
  useStore.getState().upsertIncidents([incident]);
}
