import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useStore } from "../../../client/src/store";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();
const pathOf = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;
const NEXT_UPDATE = "2026-12-06T15:00:00.000Z";

function editorWithNextUpdate() {
  const bulletin = makeBulletin(incident.id, { version: 1, nextUpdateAt: NEXT_UPDATE });
  return {
    bulletin,
    ...renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) =>
        call.method === "PUT" ? jsonResponse(200, { ...bulletin, ...(call.body as object), version: 2 }) : null,
    }),
  };
}

describe("bulletin editor: a time typed wrong", () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(["6/12 16:00", "2026-13-45 99:00"])(
    "'%s' as the next update blocks the save, with focus on the field, instead of saving no time",
    async (typed) => {
      const { calls } = editorWithNextUpdate();
      const field = await screen.findByLabelText(/Nästa uppdatering/);
      await userEvent.clear(field);
      await userEvent.type(field, typed);
      await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0] as HTMLElement);

      expect(
        await screen.findByText("Inte sparat: skriv datum och tid som 2026-12-03 14:30 i det markerade fältet."),
      ).toBeInTheDocument();
      await waitFor(() => expect(field).toHaveFocus(), { timeout: 5000 });
      expect(field).toHaveAttribute("aria-invalid", "true");
      expect(field).toHaveAccessibleDescription(/Skriv datum och tid som 2026-12-03 14:30\./);
      expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);
      expect(screen.queryByText(/Sparat som version/)).not.toBeInTheDocument();
    },
  );

  it("says so in English too", async () => {
    editorWithNextUpdate();
    useStore.getState().setLanguage("en");
    const field = await screen.findByLabelText(/Next update/);
    await userEvent.clear(field);
    await userEvent.type(field, "6/12 16:00");
    await userEvent.click(screen.getAllByRole("button", { name: "Save" })[0] as HTMLElement);
    expect(
      await screen.findByText("Not saved: type the date and time as 2026-12-03 14:30 in the marked field."),
    ).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus(), { timeout: 5000 });
  });

  it("opens the folded alert fields to show a bad 'Gäller till', and saves once it is a time", async () => {
    const { calls } = editorWithNextUpdate();
    const expires = await screen.findByLabelText(/Gäller till/);
    await userEvent.click(screen.getByText("Varningsfält (CAP)"));
    await userEvent.type(expires, "imorgon 14");
    await userEvent.click(screen.getByText("Varningsfält (CAP)"));
    expect(expires.closest("details")).not.toHaveAttribute("open");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0] as HTMLElement);
    await waitFor(() => expect(expires).toHaveFocus(), { timeout: 5000 });
    expect(expires.closest("details")).toHaveAttribute("open");
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);

    await userEvent.clear(expires);
    await userEvent.type(expires, "2026-12-07 18:00");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0] as HTMLElement);
    expect(await screen.findByText(/Sparat som version 2/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1);
  });

  it("'Skicka till granskning' sends nothing while a time field holds no time, even with the draft unchanged", async () => {
    const bulletin = makeBulletin(incident.id, { version: 1, nextUpdateAt: null });
    const { calls } = renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id) });
    const field = await screen.findByLabelText(/Nästa uppdatering/);
    await userEvent.type(field, "6/12 16:00");
    expect(screen.queryAllByText("Osparade ändringar")).toHaveLength(0); // "" is what the draft already had
    await userEvent.click(screen.getByRole("button", { name: "Skicka till granskning" }));
    expect(
      await screen.findByText("Inte sparat: skriv datum och tid som 2026-12-03 14:30 i det markerade fältet."),
    ).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveFocus(), { timeout: 5000 });
    expect(calls.filter((c) => c.method !== "GET")).toEqual([]);
  });
});
