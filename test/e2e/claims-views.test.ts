import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1400, height: 950 });

const TRUCKS = /Flera som ringer säger att vattnet från tankbilarna/;

function card(page: Page, column: string, text: RegExp) {
  return page
    .getByRole("region", { name: new RegExp(`^${column}`) })
    .getByRole("listitem")
    .filter({ hasText: text });
}

describe("claims overview, edit dialog and follow-up in Chromium", () => {
  let communicator: Page;
  let lead: Page;
  let incidentUrl = "";

  it("the demo incident's overview counts the desk's claims and follows a new one live", async () => {
    communicator = await e2e.signedIn("communicator");
    await communicator
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .click();
    const desk = communicator.getByRole("region", { name: "Rykten och rättelser" });
    const totals = desk.getByTestId("claims-overview-totals");
    await expect.poll(() => totals.textContent()).toBe("Öppna: 5 · Försenade: 1");
    const oldest = desk.getByTestId("claims-oldest");
    expect(await oldest.textContent()).toMatch(/Vattnet stängs av helt i Norrby.*Försenad/s);
    incidentUrl = communicator.url();

    lead = await e2e.signedIn("lead");
    const incidentPath = new URL(incidentUrl).pathname;
    const created = await lead.request.post(`/api${incidentPath}/claims`, {
      data: { text: "Badhuset i Norrby stänger i en månad", sourceChannel: "radio", severity: "low" },
    });
    expect(created.status()).toBe(201);
    await expect.poll(() => totals.textContent(), { timeout: 10_000 }).toBe("Öppna: 6 · Försenade: 1");
    await screenshot(communicator, "claims-overview-summary");
    expect(await seriousA11yViolations(communicator)).toEqual([]);
  });

  it("edits a claim from its card with the keyboard and links a refuting fact; another board shows it live", async () => {
    await lead.goto(`${new URL(incidentUrl).pathname}/claims`);
    await lead.locator('.claims-board[data-ready="true"]').waitFor();
    await communicator.getByRole("link", { name: "Rykten och rättelser" }).click();
    await communicator.locator('.claims-board[data-ready="true"]').waitFor();

    await card(communicator, "Tilldelade", TRUCKS).getByRole("button", { name: "Redigera" }).focus();
    await communicator.keyboard.press("Enter");
    const dialog = communicator.getByRole("dialog", { name: "Redigera påstående" });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByLabel("Påståendet, som det syns").evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    const facts = dialog.getByRole("group", { name: "Uppgifter som motbevisar påståendet" });
    await facts.getByLabel(/Tankbilar med dricksvatten står vid Norrby skola/).waitFor();
    await screenshot(communicator, "claims-edit-dialog");
    expect(await seriousA11yViolations(communicator)).toEqual([]);

    await facts.getByLabel(/Tankbilar med dricksvatten står vid Norrby skola/).check();
    await dialog.getByRole("button", { name: "Spara ändringar" }).click();
    await dialog.waitFor({ state: "detached" });
    await card(communicator, "Tilldelade", TRUCKS).getByText("Motbevisande uppgifter: 1").waitFor();
    await card(lead, "Tilldelade", TRUCKS).getByText("Motbevisande uppgifter: 1").waitFor({ timeout: 10_000 });
  });

  it("the follow-up view, linked from the board, has captioned tables and passes axe", async () => {
    await communicator.getByRole("link", { name: "Uppföljning" }).click();
    await communicator.getByRole("heading", { name: /^Uppföljning av rykten och rättelser/, level: 1 }).waitFor();
    const times = communicator.getByRole("table", { name: /Tid från loggat påstående till publicerad rättelse/ });
    await times.waitFor();
    expect(await times.getByRole("rowheader").allTextContents()).toEqual(["Kritisk", "Hög", "Medel", "Låg"]);
    const channels = communicator.getByRole("table", { name: "Påståenden per källkanal" });
    expect(await channels.getByRole("row").filter({ hasText: "Radio" }).getByRole("cell").first().textContent()).toBe(
      "1",
    );
    await screenshot(communicator, "claims-metrics");
    expect(await seriousA11yViolations(communicator)).toEqual([]);
  });
});
