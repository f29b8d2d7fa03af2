import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dateTimeLocalToInstant } from "../../../client/src/i18n/format";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

describe("bulletin editor: what the room knows", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("pre-fills a new bulletin's next update from the incident's promised time", async () => {
    const due = new Date(Date.now() + 90 * 60_000);
    due.setSeconds(0, 0);
    const incident = makeIncident({ nextUpdateDue: due.toISOString() });
    renderEditor({ incident, bulletins: [], path: `/incidents/${incident.id}/bulletins/new` });
    const field = await screen.findByLabelText(/Nästa uppdatering/);
    await waitFor(() => expect((field as HTMLInputElement).value).not.toBe(""));
    // The field shows Swedish time, whatever zone the browser runs in.
    const shown = (field as HTMLInputElement).value.replace(" ", "T");
    expect(dateTimeLocalToInstant(shown)?.getTime()).toBe(due.getTime());
  });

  it("counts the pre-filled defaults as the start, not as unsaved text; once written, leaving by a link asks first", async () => {
    const incident = makeIncident({ nextUpdateDue: new Date(Date.now() + 90 * 60_000).toISOString() });
    renderEditor({ incident, bulletins: [], path: `/incidents/${incident.id}/bulletins/new` });
    const field = await screen.findByLabelText(/Nästa uppdatering/);
    await waitFor(() => expect((field as HTMLInputElement).value).not.toBe(""));
    expect(screen.queryByText("Osparade ändringar")).toBeNull();

    await userEvent.type(screen.getByLabelText("Rubrik"), "Koka vattnet");
    expect((await screen.findAllByText("Osparade ändringar")).length).toBeGreaterThan(0);
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    await userEvent.click(screen.getByRole("link", { name: /Till händelsen/ }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText("Rubrik")).toHaveValue("Koka vattnet");
    confirm.mockReturnValue(true);
    await userEvent.click(screen.getByRole("link", { name: /Till händelsen/ }));
    await screen.findByText("overview");
  });

  it("leaves it empty when the incident's promise has already passed", async () => {
    const incident = makeIncident({ nextUpdateDue: new Date(Date.now() - 10 * 60_000).toISOString() });
    renderEditor({ incident, bulletins: [], path: `/incidents/${incident.id}/bulletins/new` });
    const field = await screen.findByLabelText(/Nästa uppdatering/);
    expect((field as HTMLInputElement).value).toBe("");
  });

  it("scores with the municipality's sender from /api/settings, as the server does", async () => {
    const incident = makeIncident();
    const bulletin = makeBulletin(incident.id, {
      body: "Bakterier har hittats i dricksvattnet i Centrum i dag.",
      instruction: "Koka vattnet i minst tre minuter. Har du frågor? Ring 0480-45 00 00.",
    });
    const noSender = /Det framgår inte vem som står bakom meddelandet/;
    const settings = {
      senderName: "Exempelby kommun",
      requiredLanguages: ["sv"],
      fourEyes: true,
      publishThreshold: 70,
    };
    const without = renderEditor({
      incident,
      bulletins: [bulletin],
      path: `/incidents/${incident.id}/bulletins/${bulletin.id}`,
    });
    expect(await screen.findAllByText(noSender)).not.toHaveLength(0);
    without.unmount();
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: `/incidents/${incident.id}/bulletins/${bulletin.id}`,
      route: (call) =>
        call.method === "GET" && call.url.endsWith("/api/settings") ? jsonResponse(200, settings) : null,
    });
    await waitFor(() => expect(calls.some((c) => c.url.endsWith("/api/settings"))).toBe(true));
    await waitFor(() => expect(screen.queryByText(noSender)).toBeNull());
  });
});

describe("bulletin editor: a new bulletin's first save", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps the keyboard user on the save button they pressed, though the editor is made anew at its address", async () => {
    const incident = makeIncident();
    const created = makeBulletin(incident.id, { headline: "Koka vattnet", version: 1 });
    renderEditor({
      incident,
      bulletins: [],
      path: `/incidents/${incident.id}/bulletins/new`,
      route: (call) =>
        call.method === "POST" && call.url === `/api/incidents/${incident.id}/bulletins`
          ? jsonResponse(201, created)
          : null,
    });
    await userEvent.type(await screen.findByLabelText("Rubrik"), "Koka vattnet");
    const bottom = screen.getAllByRole("button", { name: "Spara utkast" })[1] as HTMLElement;
    expect(bottom.closest(".editor-save")).not.toBeNull();
    bottom.focus();
    await userEvent.keyboard("{Enter}");
    // The editor under the bulletin's own address names the button "Spara"; focus is on the bottom one again.
    await waitFor(() => expect(screen.queryAllByRole("button", { name: "Spara utkast" })).toHaveLength(0));
    await waitFor(() => {
      const active = document.activeElement as HTMLElement | null;
      expect(active?.closest(".editor-save")).not.toBeNull();
      expect(active?.textContent).toBe("Spara");
    });
  });
});
