import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { beforeEach, describe, expect, it } from "vitest";
import { NotificationRegion } from "../../../client/src/features/notifications/NotificationRegion";
import { useStore } from "../../../client/src/store";
import { makeIncident, makeUser, resetStore } from "../helpers/fixtures";
import { makeBulletin, notificationEvent } from "./fixtures";

const incident = makeIncident();
const me = makeUser({ role: "communicator" });

describe("notification toasts", () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().setSignedIn(me);
  });

  it("shows a notification addressed to me in a polite live region, with a link, until dismissed", async () => {
    const bulletin = makeBulletin(incident.id);
    useStore.getState().upsertBulletins([bulletin]);
    render(
      <MemoryRouter>
        <NotificationRegion />
      </MemoryRouter>,
    );
    const region = screen.getByRole("region", { name: "Aviseringar" });
    expect(region.querySelector('[aria-live="polite"]')).toBeInTheDocument();

    act(() =>
      useStore.getState().applyEvents([
        notificationEvent(5, incident.id, {
          kind: "fact_retracted",
          recipients: [me.id],
          message: {
            sv: "En uppgift i ditt meddelande har dragits tillbaka.",
            en: "A fact in your bulletin was retracted.",
          },
          bulletinId: bulletin.id,
        }),
      ]),
    );
    const toast = within(region).getByRole("listitem");
    expect(toast).toHaveTextContent("En uppgift i ditt meddelande har dragits tillbaka.");
    expect(within(toast).getByRole("link", { name: "Öppna meddelandet" })).toHaveAttribute(
      "href",
      `/incidents/${incident.id}/bulletins/${bulletin.id}`,
    );

    await userEvent.click(within(toast).getByRole("button", { name: "Stäng aviseringen" }));
    expect(within(region).queryByRole("listitem")).not.toBeInTheDocument();
  });

  it("links an overdue update to its incident and ignores notifications for other users", () => {
    render(
      <MemoryRouter>
        <NotificationRegion />
      </MemoryRouter>,
    );
    const message = { sv: "Utlovad uppdatering är försenad.", en: "Promised update is overdue." };
    act(() =>
      useStore.getState().applyEvents([
        notificationEvent(6, incident.id, {
          kind: "next_update_overdue",
          recipients: [],
          message,
          due: "2026-11-25T09:00:00.000Z",
        }),
        notificationEvent(7, incident.id, {
          kind: "bulletin_returned",
          recipients: ["99999999-9999-4999-8999-999999999999"],
          message: { sv: "Tillbakaskickat.", en: "Returned." },
        }),
      ]),
    );
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole("link", { name: "Öppna händelsen" })).toHaveAttribute(
      "href",
      `/incidents/${incident.id}`,
    );
  });

  it("links a flagged FAQ answer to the FAQ and a flagged claim to its board (review and staleness)", () => {
    render(
      <MemoryRouter>
        <NotificationRegion />
      </MemoryRouter>,
    );
    act(() =>
      useStore.getState().applyEvents([
        notificationEvent(8, incident.id, {
          kind: "fact_retracted",
          recipients: [me.id],
          message: { sv: "FAQ-svaret behöver granskas.", en: "The FAQ answer needs review." },
          faqId: "11111111-1111-4111-8111-111111111111",
        }),
        notificationEvent(9, incident.id, {
          kind: "fact_retracted",
          recipients: [me.id],
          message: { sv: "Rättelsen hålls.", en: "The correction is held." },
          claimId: "22222222-2222-4222-8222-222222222222",
        }),
      ]),
    );
    expect(screen.getByRole("link", { name: "Öppna FAQ-svaren" })).toHaveAttribute("href", "/faq");
    expect(screen.getByRole("link", { name: "Öppna ryktestavlan" })).toHaveAttribute(
      "href",
      `/incidents/${incident.id}/claims`,
    );
  });
});
