import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecordedCall } from "../helpers/fetchStub";
import { useStore } from "../../../client/src/store";
import { jsonResponse, makeIncident } from "../helpers/fixtures";
import { makeBulletin } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();
const pathOf = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;
const failedGate = {
  passed: false,
  score: { overall: 55, status: "fail", errors: 1, warnings: 2 },
  threshold: 70,
  stale: false,
  failing: [],
  errors: [
    {
      ruleId: "FS3",
      principle: "fast",
      severity: "error",
      message: { sv: "Tiden för nästa uppdatering har redan passerat.", en: "The next-update time has passed." },
      deduction: 25,
    },
  ],
  warnings: [
    {
      ruleId: "AC3",
      principle: "active",
      severity: "warn",
      message: { sv: "Det står inte var man får veta mer.", en: "It does not say where to learn more." },
      deduction: 12,
    },
  ],
};

const passedGate = {
  passed: true,
  score: { overall: 92, status: "pass", errors: 0, warnings: 0 },
  threshold: 70,
  stale: false,
  failing: [],
  errors: [],
  warnings: [],
};

function publishRoute(gate: object, published: object) {
  return (call: RecordedCall) => {
    if (call.url.endsWith("/gate")) return jsonResponse(200, gate);
    if (call.url.endsWith("/publish")) return jsonResponse(200, published);
    return null;
  };
}

describe("workflow buttons and the publish gate", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("a lead publishing past the gate must write a reason, which is sent with the publish", async () => {
    const bulletin = makeBulletin(incident.id, { status: "approved", version: 2 });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: publishRoute(failedGate, {
        ...bulletin,
        status: "published",
        publishedVersion: 2,
        statusChangedAt: "2026-11-25T09:00:00.000Z",
      }),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Publicera" }));
    const dialog = await screen.findByRole("dialog", { name: "Publicera meddelandet" });
    expect(
      await within(dialog).findByText(/klarar inte publiceringsgränsen: 55 poäng \(gräns 70\)/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Tiden för nästa uppdatering har redan passerat.")).toBeInTheDocument();
    // What costs the points is named too, not only the errors.
    expect(within(dialog).getByText("Det som drar ner poängen mest:")).toBeInTheDocument();
    expect(within(dialog).getByText(/Det står inte var man får veta mer\./)).toBeInTheDocument();
    const reason = within(dialog).getByLabelText("Motivering");
    expect(reason).toHaveFocus();

    await userEvent.click(within(dialog).getByRole("button", { name: "Publicera med motivering" }));
    expect(within(dialog).getByText("Skriv en motivering.")).toBeInTheDocument();
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveFocus(); // the field that needs the answer, not the button pressed
    expect(calls.some((c) => c.url.endsWith("/publish"))).toBe(false);

    await userEvent.type(reason, "Kokningsrådet måste ut nu; tiden rättas i nästa uppdatering.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Publicera med motivering" }));
    expect(await screen.findByText("Meddelandet är publicerat.")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith("/publish"))).toMatchObject({
      method: "POST",
      url: `/api/bulletins/${bulletin.id}/publish`,
      body: { reason: "Kokningsrådet måste ut nu; tiden rättas i nästa uppdatering." },
    });
  });

  it("publishes without a reason when the gate is passed", async () => {
    const bulletin = makeBulletin(incident.id, { status: "approved" });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: publishRoute(passedGate, { ...bulletin, status: "published" }),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Publicera" }));
    const dialog = await screen.findByRole("dialog");
    expect(await within(dialog).findByText(/klarar publiceringsgränsen: 92 poäng/)).toBeInTheDocument();
    // What goes out is said before the verdict: headline, language and channels.
    expect(within(dialog).getByText(bulletin.headline)).toBeInTheDocument();
    expect(within(dialog).getByText("Svenska")).toBeInTheDocument();
    expect(within(dialog).getByText("Webb")).toBeInTheDocument(); // the fixture's one channel, "web"
    expect(within(dialog).queryByLabelText("Motivering")).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Publicera nu" }));
    expect(await screen.findByText("Meddelandet är publicerat.")).toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith("/publish"))?.body).toEqual({});
    // "Publicera", which opened the dialog, is gone: focus goes to the bar, not to the page's body.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.closest(".workflow-bar")).not.toBeNull();
  });

  it("a publish under way cannot be 'cancelled': Avbryt and Escape wait until the server has answered", async () => {
    const bulletin = makeBulletin(incident.id, { status: "approved" });
    let finish: () => void = () => undefined;
    renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) => {
        if (call.url.endsWith("/gate")) return jsonResponse(200, passedGate);
        if (call.url.endsWith("/publish"))
          return new Promise<Response>((resolve) => {
            finish = () => resolve(jsonResponse(200, { ...bulletin, status: "published", publishedVersion: 1 }));
          });
        return null;
      },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Publicera" }));
    const dialog = await screen.findByRole("dialog");
    await within(dialog).findByText(/klarar publiceringsgränsen/);
    await userEvent.click(within(dialog).getByRole("button", { name: "Publicera nu" }));
    const cancel = within(dialog).getByRole("button", { name: "Avbryt" });
    expect(cancel).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(cancel);
    await userEvent.keyboard("{Escape}");
    expect(screen.getByRole("dialog")).toBe(dialog);
    finish();
    expect(await screen.findByText("Meddelandet är publicerat.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("asks for a reason when the server refuses publishing with reason_required", async () => {
    const bulletin = makeBulletin(incident.id, { status: "approved" });
    const passed = {
      passed: true,
      score: { overall: 80, status: "warn", errors: 0, warnings: 1 },
      threshold: 70,
      stale: false,
      failing: [],
      errors: [],
      warnings: [],
    };
    let publishes = 0;
    renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) => {
        if (call.url.endsWith("/gate")) return jsonResponse(200, passed);
        if (!call.url.endsWith("/publish")) return null;
        publishes++;
        return publishes === 1
          ? jsonResponse(422, {
              error: {
                code: "reason_required",
                message: "reason",
                score: { overall: 65, status: "warn", errors: 0, warnings: 3 },
                threshold: 70,
                stale: true,
                errors: [],
                warnings: failedGate.warnings,
              },
            })
          : jsonResponse(200, { ...bulletin, status: "published" });
      },
    });
    await userEvent.click(await screen.findByRole("button", { name: "Publicera" }));
    const dialog = await screen.findByRole("dialog");
    await userEvent.click(await within(dialog).findByRole("button", { name: "Publicera nu" }));
    expect(await within(dialog).findByText(/klarar inte publiceringsgränsen: 65 poäng/)).toBeInTheDocument();
    expect(within(dialog).getByText("Meddelandet är markerat som inaktuellt.")).toBeInTheDocument();
    // The refusal keeps its reasons: the warnings come with it.
    expect(within(dialog).getByText(/Det står inte var man får veta mer\./)).toBeInTheDocument();
    expect(within(dialog).getByLabelText("Motivering")).toBeInTheDocument();
  });

  it("a communicator submits a draft for review, saving unsaved text first", async () => {
    const bulletin = makeBulletin(incident.id, { version: 1 });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) => {
        if (call.method === "PUT") return jsonResponse(200, { ...bulletin, version: 2 });
        if (call.url.endsWith("/submit"))
          return jsonResponse(200, {
            ...bulletin,
            version: 2,
            status: "in_review",
            statusChangedAt: "2026-11-25T09:00:00.000Z",
          });
        return null;
      },
    });
    await userEvent.type(await screen.findByLabelText("Vad ska man göra"), " Ring 0480-45 00 00.");
    expect(screen.queryByRole("button", { name: "Publicera" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Godkänn" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Skicka till granskning" }));
    expect(await screen.findByText("Meddelandet är skickat till granskning.")).toBeInTheDocument();
    expect(calls.filter((c) => c.method !== "GET").map((c) => [c.method, c.url.split("/").pop(), c.body])).toEqual([
      ["PUT", bulletin.id, expect.objectContaining({ expectedVersion: 1 })],
      ["POST", "submit", { expectedVersion: 2 }],
    ]);
  });

  it("a refused submit names the empty field in the UI language, as an alert apart from the confirmations", async () => {
    const bulletin = makeBulletin(incident.id, { body: "" });
    const refusal = {
      error: {
        code: "validation",
        message: "body: must not be empty when submitted for review",
        field: "body",
        reason: "required_for_review",
      },
    };
    renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) => (call.url.endsWith("/submit") ? jsonResponse(400, refusal) : null),
    });
    await userEvent.click(await screen.findByRole("button", { name: "Skicka till granskning" }));
    const alert = await waitFor(
      () => {
        const found = screen.getAllByRole("alert").find((el) => el.textContent !== "");
        expect(found).toBeDefined();
        return found as HTMLElement;
      },
      { timeout: 5000 },
    );
    expect(alert).toHaveTextContent("Fyll i ”Vad har hänt” innan du skickar till granskning.");
    expect(alert.closest(".workflow-bar")).not.toBeNull();
    expect(screen.queryByText(/must not be empty/)).not.toBeInTheDocument();
    for (const status of screen.queryAllByRole("status")) expect(status).not.toHaveTextContent(/Vad har hänt/);

    useStore.getState().setLanguage("en");
    await userEvent.click(await screen.findByRole("button", { name: "Submit for review" }));
    await waitFor(() => expect(alert).toHaveTextContent("Fill in “What has happened” before you submit for review."), {
      timeout: 5000,
    });
  });

  it("'Skicka till granskning' pressed while a slow save runs waits for it: one save, then the submit, no conflict", async () => {
    const bulletin = makeBulletin(incident.id, { version: 1 });
    let finishSave: () => void = () => undefined;
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) => {
        if (call.method === "PUT") {
          const expected = (call.body as { expectedVersion: number }).expectedVersion;
          // The server refuses a save based on a version that is no longer the latest, as it would.
          if (expected !== 1) return jsonResponse(409, { error: { code: "conflict", message: "stale" } });
          return new Promise<Response>((resolve) => {
            finishSave = () => resolve(jsonResponse(200, { ...bulletin, headline: "Ny rubrik", version: 2 }));
          });
        }
        if (call.url.endsWith("/submit"))
          return jsonResponse(200, {
            ...bulletin,
            version: 2,
            status: "in_review",
            statusChangedAt: "2026-11-25T09:00:00.000Z",
          });
        return null;
      },
    });
    const headline = await screen.findByLabelText("Rubrik");
    await userEvent.clear(headline);
    await userEvent.type(headline, "Ny rubrik");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0] as HTMLElement);
    await userEvent.click(screen.getByRole("button", { name: "Skicka till granskning" }));
    finishSave();
    expect(await screen.findByText("Meddelandet är skickat till granskning.")).toBeInTheDocument();
    expect(calls.filter((c) => c.method !== "GET").map((c) => [c.method, c.url.split("/").pop(), c.body])).toEqual([
      ["PUT", bulletin.id, expect.objectContaining({ expectedVersion: 1, headline: "Ny rubrik" })],
      ["POST", "submit", { expectedVersion: 2 }],
    ]);
    expect(screen.queryByText(/hann spara först/)).not.toBeInTheDocument();
  });

  it("after 'Godkänn', which the approval takes away, focus moves to 'Publicera' instead of the page's body", async () => {
    const bulletin = makeBulletin(incident.id, { status: "in_review", version: 1 });
    renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) =>
        call.url.endsWith("/approve") ? jsonResponse(200, { ...bulletin, status: "approved", version: 1 }) : null,
    });
    await userEvent.click(await screen.findByRole("button", { name: "Godkänn" }));
    const publish = await screen.findByRole("button", { name: "Publicera" });
    await vi.waitFor(() => expect(publish).toHaveFocus());
  });

  it("retracting needs a reason and sends it", async () => {
    const bulletin = makeBulletin(incident.id, { status: "published", publishedVersion: 1 });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) =>
        call.url.endsWith("/retract")
          ? jsonResponse(200, { ...bulletin, status: "retracted", statusChangedAt: "2026-11-25T09:00:00.000Z" })
          : null,
    });
    await userEvent.click(await screen.findByRole("button", { name: "Dra tillbaka" }));
    const dialog = await screen.findByRole("dialog", { name: "Dra tillbaka meddelandet" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Dra tillbaka" }));
    expect(within(dialog).getByText("Skriv en motivering.")).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText("Motivering"), "Uppgiften om läckan var fel.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Dra tillbaka" }));
    expect(await screen.findByText("Meddelandet är tillbakadraget.")).toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith("/retract"))?.body).toEqual({ reason: "Uppgiften om läckan var fel." });
    expect(screen.getByLabelText("Vad har hänt")).toHaveAttribute("readonly");
  });

  it("a never-published draft offers 'Ta bort utkast', never 'Dra tillbaka', and removes it through retract", async () => {
    const bulletin = makeBulletin(incident.id, { status: "draft", publishedVersion: null });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) =>
        call.url.endsWith("/retract")
          ? jsonResponse(200, { ...bulletin, status: "retracted", statusChangedAt: "2026-11-25T09:00:00.000Z" })
          : null,
    });
    await userEvent.click(await screen.findByRole("button", { name: "Ta bort utkast" }));
    expect(screen.queryByRole("button", { name: "Dra tillbaka" })).not.toBeInTheDocument();
    const dialog = await screen.findByRole("dialog", { name: "Ta bort utkastet" });
    expect(dialog).toHaveTextContent("finns kvar i loggboken");
    await userEvent.click(within(dialog).getByRole("button", { name: "Ta bort utkast" }));
    expect(await screen.findByText("Utkastet är borttaget. Det finns kvar i loggboken.")).toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith("/retract"))?.body).toEqual({
      reason: "Utkastet togs bort innan det publicerades.",
    });
  });

  it("a never-published bulletin in review offers 'Ta bort meddelandet', not 'Ta bort utkast', and says so throughout", async () => {
    const bulletin = makeBulletin(incident.id, { status: "in_review", publishedVersion: null });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      role: "lead",
      path: pathOf(bulletin.id),
      route: (call) =>
        call.url.endsWith("/retract")
          ? jsonResponse(200, { ...bulletin, status: "retracted", statusChangedAt: "2026-11-25T09:00:00.000Z" })
          : null,
    });
    await userEvent.click(await screen.findByRole("button", { name: "Ta bort meddelandet" }));
    expect(screen.queryByRole("button", { name: "Ta bort utkast" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dra tillbaka" })).not.toBeInTheDocument();
    const dialog = await screen.findByRole("dialog", { name: "Ta bort meddelandet" });
    expect(dialog).toHaveTextContent("Meddelandet har aldrig publicerats.");
    expect(dialog).not.toHaveTextContent(/utkast/i);
    await userEvent.click(within(dialog).getByRole("button", { name: "Ta bort meddelandet" }));
    expect(await screen.findByText("Meddelandet är borttaget. Det finns kvar i loggboken.")).toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith("/retract"))?.body).toEqual({
      reason: "Meddelandet togs bort innan det publicerades.",
    });
  });

  it("says 'Delete bulletin' in English for an approved bulletin never published, 'Delete draft' for a draft", async () => {
    const approved = makeBulletin(incident.id, { status: "approved", publishedVersion: null });
    const first = renderEditor({ incident, bulletins: [approved], role: "lead", path: pathOf(approved.id) });
    useStore.getState().setLanguage("en");
    await userEvent.click(await screen.findByRole("button", { name: "Delete bulletin" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the bulletin" });
    expect(dialog).not.toHaveTextContent(/draft/i);
    expect(screen.queryByRole("button", { name: "Delete draft" })).not.toBeInTheDocument();
    first.unmount();

    const draft = makeBulletin(incident.id, { status: "draft", publishedVersion: null });
    renderEditor({ incident, bulletins: [draft], role: "lead", path: pathOf(draft.id) });
    useStore.getState().setLanguage("en");
    expect(await screen.findByRole("button", { name: "Delete draft" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Delete bulletin" })).not.toBeInTheDocument();
  });

  it("Escape closes a dialog and puts focus back on the button that opened it", async () => {
    const bulletin = makeBulletin(incident.id, { status: "in_review" });
    renderEditor({ incident, bulletins: [bulletin], role: "lead", path: pathOf(bulletin.id) });
    const open = await screen.findByRole("button", { name: "Skicka tillbaka" });
    await userEvent.click(open);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(open).toHaveFocus();
  });
});
