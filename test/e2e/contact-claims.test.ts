/**
 * Misinformation desk ↔ contact centre in Chromium: an agent raises what callers say as a claim from the
 * contact-centre view and a communicator's board shows it live; once its correction is published, the communicator
 * sends it to the FAQ from the card and the agent's search finds the answer without a reload.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { jsonApi, publishCorrection } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1500, height: 950 });
const STAMP = String(Date.now());
// Not a demo claim's words: a caller report that repeats an open claim joins it instead, and the
// demo has one about the water being shut off in Norrby.
const RUMOUR = `Kommunen stänger alla förskolor i Norrby i natt ${STAMP}`;

function card(page: Page, status: string) {
  return page
    .getByRole("region", { name: new RegExp(`^${status}`) })
    .getByRole("listitem")
    .filter({ hasText: RUMOUR });
}

const api = jsonApi(() => e2e.url);

describe("claims raised by the contact centre, corrections back to its FAQ, in Chromium", () => {
  let agent: Page;
  let communicator: Page;
  let claimId = "";
  let incidentId = "";

  it("an agent types what callers say and how many called; the communicator's board shows the claim at once", async () => {
    agent = await e2e.signedIn("agent");
    await agent.getByRole("link", { name: "Kontaktcenter" }).click();
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();

    communicator = await e2e.signedIn("communicator");
    await communicator
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .click();
    await communicator.getByRole("link", { name: "Rykten och rättelser" }).click();
    await communicator.locator('.claims-board[data-ready="true"]').waitFor();

    incidentId = /\/incidents\/([0-9a-f-]{36})\/claims$/.exec(communicator.url())?.[1] ?? "";
    expect(incidentId).not.toBe("");
    // The agent works on the communicator's incident (the search's choice, which the form follows).
    await agent.locator("#contact-incident").selectOption(incidentId);
    const form = agent.getByRole("form", { name: "Uppringare säger att …" });
    if ((await form.getByLabel("Händelse").count()) > 0) await form.getByLabel("Händelse").selectOption(incidentId);
    await form.getByLabel("Hur många har ringt om det?").fill("12");
    await form.getByLabel("Vad säger de som ringer?").fill(RUMOUR);
    const answer = agent.waitForResponse((r) => r.url().endsWith("/claims") && r.request().method() === "POST");
    await form.getByLabel("Vad säger de som ringer?").press("Control+Enter");
    const claim = (await (await answer).json()) as { id: string; sourceChannel: string; reach: string };
    claimId = claim.id;
    expect(claim).toMatchObject({ sourceChannel: "contact_centre", reach: "high" });
    await form.getByRole("status").getByText("Påståendet är skickat till omvärldsbevakningen (12 samtal)").waitFor();

    await card(communicator, "Nya").waitFor({ timeout: 10_000 });
    expect(await card(communicator, "Nya").textContent()).toContain("Kontaktcenter");
    await screenshot(agent, "contact-callers-say");
    expect(await seriousA11yViolations(agent)).toEqual([]);
  });

  it("after the correction is published, the card sends it to the FAQ and the agent finds the answer live", async () => {
    const lead = await e2e.signedIn("lead");
    const words = {
      headline: "Förskolorna i Norrby håller öppet",
      addition: "Barn- och utbildningsförvaltningen har inga planer på att stänga förskolorna.",
      instruction: "Använd vattnet som vanligt. Nästa uppdatering kommer i morgon kl. 9.",
    };
    await publishCorrection(
      api,
      { communicator: communicator.request, lead: lead.request },
      claimId,
      words,
      "Ryktet sprids bland uppringarna.",
    );

    // Closed columns are folded until asked for; unfold once the card has moved there.
    const corrected = card(communicator, "Rättade");
    const unfold = communicator.getByRole("button", { name: "Visa Rättade" });
    await expect
      .poll(
        async () => {
          if ((await unfold.count()) > 0) await unfold.click();
          return corrected.count();
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);

    const search = agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await search.fill("stänger förskolor i Norrby");
    await corrected.getByRole("button", { name: "Skicka till kontaktcentrets FAQ" }).click();
    await corrected.getByRole("status").getByText("FAQ-svaret är publicerat för kontaktcenter.").waitFor();
    await corrected.getByRole("link", { name: "Öppna FAQ-svaret" }).waitFor();
    await screenshot(communicator, "claims-card-faq");
    expect(await seriousA11yViolations(communicator)).toEqual([]);

    // Pushed to the agent: the hit appears under her search, and its answer opens with the one-line script.
    const hit = agent
      .getByRole("listbox", { name: /Träffar i FAQ:n/ })
      .getByRole("option")
      .filter({ hasText: STAMP });
    await hit.waitFor({ timeout: 10_000 });
    await hit.click();
    await expect
      .poll(() => agent.getByTestId("answer-text").textContent())
      .toContain("Förskolorna i Norrby håller öppet");
    await screenshot(agent, "contact-correction-faq");
  });
});
