import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PRINCIPLES } from "@shared/checklist/constants";
import { useStore } from "../../../client/src/store";
import { jsonResponse, LEAD, makeIncident } from "../helpers/fixtures";
import { COMMUNICATOR, makeBulletin, makeFact } from "./fixtures";
import { renderEditor } from "./renderEditor";

const incident = makeIncident();
const fact = makeFact(incident.id);
const pathOf = (id: string) => `/incidents/${incident.id}/bulletins/${id}`;

function meterValue(name: string): number {
  return Number(screen.getByRole("meter", { name }).getAttribute("aria-valuenow"));
}

describe("bulletin editor: live checklist", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("typing the hedge word 'troligen' lowers the factual gauge and lists a finding that quotes its span", async () => {
    const bulletin = makeBulletin(incident.id, { factIds: [fact.id] });
    const { container } = renderEditor({ incident, bulletins: [bulletin], facts: [fact], path: pathOf(bulletin.id) });
    const body = await screen.findByLabelText("Vad har hänt");
    const before = meterValue("Saklig");
    expect(screen.queryByRole("button", { name: /Visa i texten: ”troligen”/ })).not.toBeInTheDocument();

    await userEvent.type(body, " Läckan är troligen stor.");

    expect(meterValue("Saklig")).toBeLessThan(before);
    const show = screen.getByRole("button", { name: /Visa i texten: ”troligen” \(i texten om vad som hänt\)/ });
    const finding = show.closest("li");
    expect(finding).toHaveTextContent("FA1");
    expect(finding).toHaveTextContent(/spekulation/);
    expect(finding).toHaveTextContent(/Förslag:/);
    // The underline in the mirror covers exactly the word.
    const mark = container.querySelector<HTMLElement>('mark[data-mark^="FA1:body"]');
    expect(mark?.textContent).toBe("troligen");

    // Focusing the finding highlights its span; activating it selects the word in the text field.
    act(() => show.focus());
    expect(container.querySelector('mark[data-mark^="FA1:body"]')).toHaveClass("is-active");
    act(() => show.blur());
    expect(container.querySelector('mark[data-mark^="FA1:body"]')).not.toHaveClass("is-active");
    await userEvent.click(show);
    const field = body as HTMLTextAreaElement;
    expect(field).toHaveFocus();
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe("troligen");
  });

  it("shows every gauge as a meter with its number and status in words", async () => {
    const bulletin = makeBulletin(incident.id);
    renderEditor({ incident, bulletins: [bulletin], facts: [fact], path: pathOf(bulletin.id) });
    await screen.findByLabelText("Vad har hänt");
    const names = ["Totalt", "Aktiv", "Öppen", "Saklig", "Snabb", "Opartisk", "Målgruppsanpassad"];
    expect(PRINCIPLES).toHaveLength(6);
    for (const name of names) {
      const meter = screen.getByRole("meter", { name });
      const value = Number(meter.getAttribute("aria-valuenow"));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
      expect(meter.getAttribute("aria-valuetext")).toMatch(
        new RegExp(`^${value} av 100, (Godkänd|Varning|Underkänd)$`),
      );
      const gauge = meter.parentElement as HTMLElement;
      expect(within(gauge).getByText(String(value))).toBeInTheDocument();
      expect(gauge).toHaveTextContent(/Godkänd|Varning|Underkänd/);
    }
  });

  it("follows the UI language: findings in English when English is chosen", async () => {
    const bulletin = makeBulletin(incident.id, { body: "Läckan är troligen stor." });
    renderEditor({ incident, bulletins: [bulletin], facts: [fact], path: pathOf(bulletin.id) });
    await screen.findByLabelText("Vad har hänt");
    expect(screen.getByText(/”troligen” är spekulation/i)).toBeInTheDocument();
    useStore.getState().setLanguage("en");
    expect(await screen.findByLabelText("What has happened")).toBeInTheDocument();
    expect(screen.getByRole("meter", { name: "Factual" })).toBeInTheDocument();
    expect(screen.queryByText(/är spekulation/i)).not.toBeInTheDocument();
    expect(screen.getByText(/speculation/i)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Show in text: “troligen”/ })).toBeInTheDocument();
  });

  it("counts SMS segments from the checklist's metrics", async () => {
    const bulletin = makeBulletin(incident.id, { body: "a".repeat(150), instruction: "" });
    renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id) });
    const sms = await screen.findByTestId("sms-count");
    expect(sms).toHaveTextContent("150 tecken · 1 SMS · GSM-7");
    await userEvent.type(screen.getByLabelText("Vad har hänt"), "bbbbbbbbbbbb");
    expect(sms).toHaveTextContent("162 tecken · 2 SMS · GSM-7");
    await userEvent.type(screen.getByLabelText("Vad har hänt"), "€");
    expect(sms).toHaveTextContent(/164 tecken · 2 SMS · GSM-7|UCS-2/);
  });
});

describe("bulletin editor: saving, conflicts and presence", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("saves with the version it was based on", async () => {
    const bulletin = makeBulletin(incident.id, { version: 3 });
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) =>
        call.method === "PUT" ? jsonResponse(200, { ...bulletin, version: 4, headline: "Ny rubrik" }) : null,
    });
    const headline = await screen.findByLabelText("Rubrik");
    await userEvent.clear(headline);
    await userEvent.type(headline, "Ny rubrik");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0]!);
    expect(await screen.findByText("Sparat som version 4.")).toBeInTheDocument();
    const put = calls.find((c) => c.method === "PUT");
    expect(put?.url).toBe(`/api/bulletins/${bulletin.id}`);
    expect(put?.body).toMatchObject({ headline: "Ny rubrik", expectedVersion: 3 });
  });

  it("on 409 shows who saved the current version and lets the user take it or save over it", async () => {
    const bulletin = makeBulletin(incident.id, { version: 2 });
    const theirs = {
      ...bulletin,
      version: 3,
      body: "Deras nya text om läget.",
      updatedBy: LEAD.id,
      updatedByName: LEAD.displayName,
    };
    let puts = 0;
    const { calls } = renderEditor({
      incident,
      bulletins: [bulletin],
      path: pathOf(bulletin.id),
      route: (call) => {
        if (call.method !== "PUT") return null;
        puts++;
        if (puts === 1) return jsonResponse(409, { error: { code: "conflict", message: "stale", current: theirs } });
        return jsonResponse(200, { ...bulletin, version: 4, body: (call.body as { body: string }).body });
      },
    });
    const body = await screen.findByLabelText("Vad har hänt");
    await userEvent.type(body, " Min rad.");
    await userEvent.click(screen.getAllByRole("button", { name: "Spara" })[0]!);

    const alert = await screen.findByRole("alert", { name: `${LEAD.displayName} hann spara först` });
    expect(alert).toHaveTextContent("Version 3 sparades");
    expect(alert).toHaveTextContent("Deras nya text om läget.");

    await userEvent.click(within(alert).getByRole("button", { name: "Behåll min text och spara över" }));
    expect(await screen.findByText("Sparat som version 4.")).toBeInTheDocument();
    const second = calls.filter((c) => c.method === "PUT")[1];
    expect(second?.body).toMatchObject({ expectedVersion: 3 });
    expect((second?.body as { body: string }).body).toContain("Min rad.");
  });

  it("takes over a newer version saved elsewhere when nothing is unsaved, and warns when something is", async () => {
    const bulletin = makeBulletin(incident.id, { version: 1 });
    renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id) });
    const body = (await screen.findByLabelText("Vad har hänt")) as HTMLTextAreaElement;
    useStore.getState().upsertBulletins([{ ...bulletin, version: 2, body: "Uppdaterad av Lena." }]);
    expect(await screen.findByDisplayValue("Uppdaterad av Lena.")).toBe(body);

    await userEvent.type(body, " Och min rad.");
    useStore
      .getState()
      .upsertBulletins([{ ...bulletin, version: 3, body: "Version tre.", updatedByName: LEAD.displayName }]);
    expect(
      await screen.findByRole("status", { name: `${LEAD.displayName} har sparat version 3 medan du skrev.` }),
    ).toBeInTheDocument();
    expect(body.value).toBe("Uppdaterad av Lena. Och min rad.");
    await userEvent.click(screen.getByRole("button", { name: "Ta deras version (min text försvinner)" }));
    expect(body.value).toBe("Version tre.");
  });

  it("shows who else is editing the same bulletin, not those editing something else", async () => {
    const bulletin = makeBulletin(incident.id);
    renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id), userId: COMMUNICATOR.id });
    await screen.findByLabelText("Vad har hänt");
    useStore.getState().setPresence(incident.id, [
      {
        userId: COMMUNICATOR.id,
        username: "communicator",
        displayName: COMMUNICATOR.displayName,
        role: "communicator",
        editing: `bulletin:${bulletin.id}`,
      },
      {
        userId: LEAD.id,
        username: "lead",
        displayName: LEAD.displayName,
        role: "lead",
        editing: `bulletin:${bulletin.id}`,
      },
      {
        userId: "44444444-4444-4444-8444-444444444444",
        username: "agent",
        displayName: "Ali Agent",
        role: "agent",
        editing: "bulletin:other",
      },
    ]);
    const note = await screen.findByText(/Redigerar samtidigt:/);
    expect(note).toHaveTextContent(`Redigerar samtidigt: ${LEAD.displayName}.`);
    expect(note).not.toHaveTextContent("Ali Agent");
    expect(note).not.toHaveTextContent(COMMUNICATOR.displayName);
  });

  it("offers a viewer no way to change the bulletin", async () => {
    const bulletin = makeBulletin(incident.id);
    renderEditor({ incident, bulletins: [bulletin], path: pathOf(bulletin.id), role: "viewer" });
    expect(await screen.findByLabelText("Vad har hänt")).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Spara" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Skicka till granskning" })).not.toBeInTheDocument();
  });
});
