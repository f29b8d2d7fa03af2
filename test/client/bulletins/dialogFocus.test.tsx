import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordedCall } from "../helpers/fetchStub";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();
const pathOf = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;
const FOCUS = { timeout: 3_000 };
const passedGate = {
  passed: true,
  score: { overall: 92, status: "pass", errors: 0, warnings: 0 },
  threshold: 70,
  stale: false,
  failing: [],
  errors: [],
  warnings: [],
};

/**
 * A dialog whose first button is an action that cannot be taken back opens on its heading: one Enter (or Space) as it
 * opens must not publish to the public or delete. Tab then goes to the action, Shift+Tab to Avbryt, inside the dialog.
 */
describe("workflow dialogs open on their heading when the first button is the action", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("'Publicera' opens on the heading, and Enter there publishes nothing", async () => {
    const bulletin = makeBulletin(incident.id, { status: "approved" });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call: RecordedCall) => (call.url.endsWith("/gate") ? jsonResponse(200, passedGate) : null),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Publicera" }));
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findByText(/klarar publiceringsgränsen/);
    const heading = within(dialog).getByRole("heading");
    await waitFor(() => expect(heading).toHaveFocus(), FOCUS);
    expect(within(dialog).getByRole("button", { name: "Publicera nu" })).not.toHaveFocus();

    await userEvent.keyboard("{Enter}");
    expect(calls.some((c) => c.url.endsWith("/publish"))).toBe(false);
    expect(screen.getByRole("dialog")).toBeInTheDocument();

    // Focus stays in the dialog both ways from the heading.
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(within(dialog).getByRole("button", { name: "Avbryt" })).toHaveFocus();
    heading.focus();
    await userEvent.tab();
    expect(within(dialog).getByRole("button", { name: "Publicera nu" })).toHaveFocus();
  });

  it("'Ta bort utkast' opens on the heading too", async () => {
    const bulletin = makeBulletin(incident.id, { status: "draft", publishedVersion: null });
    renderEditor({ incident, bulletins: [bulletin], role: "lead", path: pathOf(bulletin.id) });
    await userEvent.click(await screen.findByRole("button", { name: "Ta bort utkast" }));
    const dialog = await screen.findByRole("dialog", { name: "Ta bort utkastet" });
    await waitFor(() => expect(within(dialog).getByRole("heading", { name: "Ta bort utkastet" })).toHaveFocus(), FOCUS);
  });

  it("a dialog asking for a reason still opens on its field", async () => {
    const bulletin = makeBulletin(incident.id, { status: "published", publishedVersion: 1 });
    renderEditor({ incident, bulletins: [bulletin], role: "lead", path: pathOf(bulletin.id) });
    await userEvent.click(await screen.findByRole("button", { name: "Dra tillbaka" }));
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(within(dialog).getByLabelText("Motivering")).toHaveFocus(), FOCUS);
  });
});
