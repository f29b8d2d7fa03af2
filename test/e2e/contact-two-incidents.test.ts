/**
 * Contact centre on a two-incident day in Chromium: the agent's chosen incident survives a new incident and
 * a reload; her inquiries and caller claims land on it; a weak hit ("koka vatnet") is never pre-filled; a second
 * report of the same rumour adds a call instead of a duplicate; and once the correction is published she sees it
 * and the list of callers to ring back (part 4, "close the loop").
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Claim } from "../../shared/schemas/claim.js";
import type { Incident } from "../../shared/schemas/incident.js";
import type { Inquiry } from "../../shared/schemas/inquiry.js";
import { jsonApi, publishCorrection } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1500, height: 950 });
const STAMP = String(Date.now());
const RUMOUR = `Fjärrvärmen i Norrby stängs av i morgon ${STAMP}`;
const RUMOUR_AGAIN = `Någon sa att fjärrvärmen stängs av i Norrby i morgon ${STAMP}`;
const NUMBER = "070-765 43 21";

const api = jsonApi(() => e2e.url);

async function openContact(agent: Page): Promise<void> {
  await agent.getByRole("link", { name: "Kontaktcenter" }).click();
  await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
}

describe("the contact centre on a two-incident day, in Chromium", () => {
  let agent: Page;
  let lead: Page;
  let water: Incident;
  let storm: Incident;
  let claimId = "";

  it("keeps the agent's chosen incident through a new incident and a reload", async () => {
    lead = await e2e.signedIn("lead");
    water = (await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents")).incidents.find((i) =>
      /Kokningsrekommendation/u.test(i.title),
    ) as Incident;
    expect(water).toBeDefined();
    storm = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Storm Gorm – elavbrott i norra kommunen och stängda vägar", severity: "severe" },
      201,
    );

    agent = await e2e.signedIn("agent");
    await openContact(agent);
    // Two incidents and no choice yet: she is asked, nothing is taken for her.
    await agent.getByText("Flera händelser pågår.", { exact: false }).waitFor();
    await agent.getByLabel("Byt händelse").selectOption(water.id);
    await expect.poll(() => agent.getByTestId("work-incident").textContent()).toContain(water.title);

    // A third incident starts while she works: announced with a one-key switch, her choice stays.
    const gale = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: `Översvämning vid Söderån ${STAMP}` },
      201,
    );
    await agent
      .getByTestId("work-incident-new")
      .getByText(`Ny händelse: ${gale.title}.`, { exact: false })
      .waitFor({ timeout: 10_000 });
    expect(await agent.getByTestId("work-incident").textContent()).toContain(water.title);
    expect(await agent.getByLabel("Byt händelse").inputValue()).toBe(water.id);

    await agent.reload();
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    await expect.poll(() => agent.getByTestId("work-incident").textContent()).toContain(water.title);
    expect(await agent.getByLabel("Byt händelse").inputValue()).toBe(water.id);
    expect(await agent.getByText("Flera händelser pågår.", { exact: false }).count()).toBe(0);
  });

  it("lands her caller claim on her incident, and a second report of the rumour adds a call instead of a duplicate", async () => {
    const form = agent.getByRole("form", { name: "Uppringare säger att …" });
    expect(await form.getByTestId("caller-claim-incident").textContent()).toContain(water.title);
    await form.getByLabel("Vad säger de som ringer?").fill(RUMOUR);
    const first = agent.waitForResponse((r) => r.url().endsWith("/claims") && r.request().method() === "POST");
    await form.getByLabel("Vad säger de som ringer?").press("Control+Enter");
    const created = await first;
    expect(created.status()).toBe(201);
    const claim = (await created.json()) as Claim;
    claimId = claim.id;
    expect(claim).toMatchObject({ incidentId: water.id, sourceChannel: "contact_centre", calls: 1 });
    await form.getByRole("status").getByText("Påståendet är skickat till omvärldsbevakningen (1 samtal)").waitFor();

    const rumours = agent.getByRole("region", { name: "Rykten från kontaktcenter" });
    const item = rumours.getByRole("listitem").filter({ hasText: STAMP });
    await item.getByText("1 samtal").waitFor();
    await item.getByText("Mottaget, inte bedömt än").waitFor();

    await form.getByLabel("Vad säger de som ringer?").fill(RUMOUR_AGAIN);
    const second = agent.waitForResponse((r) => r.url().endsWith("/claims") && r.request().method() === "POST");
    await form.getByLabel("Vad säger de som ringer?").press("Control+Enter");
    const joined = await second;
    expect(joined.status()).toBe(200);
    expect(await joined.json()).toMatchObject({ id: claimId, calls: 2 });
    await form.getByRole("status").getByText("Samtalen är räknade (2 samtal hittills).", { exact: false }).waitFor();
    await item.getByText("2 samtal").waitFor();

    const onWater = (
      await api<{ claims: Claim[] }>(lead.request, "get", `/api/incidents/${water.id}/claims`)
    ).claims.filter((c) => c.text.includes(STAMP));
    expect(onWater.map((c) => [c.id, c.calls, c.reach])).toEqual([[claimId, 2, "low"]]);
    const onStorm = (await api<{ claims: Claim[] }>(lead.request, "get", `/api/incidents/${storm.id}/claims`)).claims;
    expect(onStorm.filter((c) => c.text.includes(STAMP))).toEqual([]);
  });

  it("never pre-fills a weak hit, and logs the inquiry on her incident, linked to the rumour, with a number to call back", async () => {
    const search = agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await search.fill("koka vatnet");
    await agent.getByTestId("hit-unsure").getByText("Inget säkert svar").waitFor();
    // Suggestions, not an answer: nothing selected, the log form names no FAQ answer and no outcome is chosen.
    await agent.getByRole("heading", { name: "Inget säkert svar", level: 2 }).waitFor();
    expect(
      await agent
        .getByRole("listbox", { name: /Träffar i FAQ:n/ })
        .getByRole("option", { selected: true })
        .count(),
    ).toBe(0);
    expect(await agent.getByTestId("answer-text").count()).toBe(0);
    const log = agent.getByRole("form", { name: "Logga ärendet" });
    expect(await log.getByTestId("inquiry-used").textContent()).toBe("Inget FAQ-svar");
    for (const outcome of ["Besvarat direkt", "Vidarebefordrat", "Återuppringning"])
      expect(await log.getByRole("radio", { name: outcome }).isChecked()).toBe(false);
    // Enter in the form with no outcome chosen saves nothing and says so.
    await log.getByRole("radio", { name: /Telefon/ }).focus();
    await agent.keyboard.press("Enter");
    await log.getByText("Välj utfall", { exact: false }).waitFor();

    // The rumour she just reported is the one this caller asked about.
    expect(await log.getByLabel("Gäller ryktet").inputValue()).toBe(claimId);
    await log.getByRole("radio", { name: "Återuppringning" }).check();
    await log.getByLabel(/Telefonnummer för återuppringning/).fill(NUMBER);
    const saved = agent.waitForResponse((r) => r.url().endsWith("/api/inquiries") && r.request().method() === "POST");
    await log.getByRole("button", { name: "Spara ärendet" }).click();
    const inquiry = (await (await saved).json()) as Inquiry;
    expect(inquiry).toMatchObject({
      incidentId: water.id,
      claimId,
      faqEntryId: null,
      resolution: "callback",
      question: "koka vatnet",
    });
    await agent.getByTestId("contact-status").getByText(`Ärende ${inquiry.caseNumber} är sparat.`).waitFor();

    // A routine call answered from a strong hit lands on her incident too.
    await search.fill("måste jag koka vattnet");
    await agent.getByTestId("answer-text").waitFor();
    await search.press("Enter");
    await agent.keyboard.press("1");
    await agent.keyboard.press("Enter");
    await agent
      .getByText(/^Ärende \d{4}-\d{6} är sparat\.$/)
      .filter({ hasNotText: inquiry.caseNumber })
      .waitFor();
    const { inquiries } = await api<{ inquiries: Inquiry[] }>(agent.request, "get", "/api/inquiries?limit=2");
    expect(inquiries.map((i) => [i.incidentId, i.resolution])).toEqual([
      [water.id, "answered_first_contact"],
      [water.id, "callback"],
    ]);
    await agent
      .getByRole("region", { name: "Rykten från kontaktcenter" })
      .getByRole("listitem")
      .filter({ hasText: STAMP })
      .getByText("1 väntar på återuppringning")
      .waitFor();
    await screenshot(agent, "contact-two-incidents");
    expect(await seriousA11yViolations(agent)).toEqual([]);
  });

  it("shows her the correction live, marked in the script, with the caller to ring back", async () => {
    const communicator = await e2e.signedIn("communicator");
    const words = {
      headline: "Fjärrvärmen i Norrby stängs inte av",
      addition: "Fjärrvärmebolaget har inga planer på att stänga av värmen.",
      instruction: "Du behöver inte göra något. Nästa uppdatering kommer i morgon kl. 9.",
    };
    await publishCorrection(
      api,
      { communicator: communicator.request, lead: lead.request },
      claimId,
      words,
      "Ryktet sprids bland uppringarna.",
    );

    const item = agent
      .getByRole("region", { name: "Rykten från kontaktcenter" })
      .getByRole("listitem")
      .filter({ hasText: STAMP });
    await item.getByText("Rättat", { exact: true }).waitFor({ timeout: 10_000 });
    const script = agent.getByRole("region", { name: "Manus: senaste meddelanden" });
    const marked = script.getByTestId("script-bulletin").filter({ hasText: "Fjärrvärmen i Norrby stängs inte av" });
    await marked.getByText("Ny", { exact: true }).waitFor({ timeout: 10_000 });

    await item.getByRole("button", { name: "Ring tillbaka (1)" }).click();
    const callbacks = agent.getByRole("group", { name: `Ring tillbaka om: ”${RUMOUR}”` });
    await callbacks.getByRole("link", { name: NUMBER }).waitFor();
    expect(await callbacks.getByRole("link", { name: NUMBER }).getAttribute("href")).toBe("tel:0707654321");
    expect(await callbacks.textContent()).toContain("koka vatnet");
    await screenshot(agent, "contact-callbacks");
    expect(await seriousA11yViolations(agent)).toEqual([]);

    // She rings the caller and marks it: who and when show on the list, and the rumour counts one called back.
    await callbacks.getByRole("button", { name: /^Uppringd: ärende \d{4}-\d{6}$/u }).click();
    await callbacks.getByText(/^Uppringd \d{1,2}[:.]\d{2} av /u).waitFor();
    await item.getByText("1 uppringda").waitFor();
    expect(await callbacks.getByRole("button", { name: /^Ångra: ärende/u }).count()).toBe(1);
    expect(await seriousA11yViolations(agent)).toEqual([]);

    await marked.getByRole("button", { name: "Jag har sett ”Fjärrvärmen i Norrby stängs inte av”" }).click();
    expect(await marked.getByText("Ny", { exact: true }).count()).toBe(0);
  });
});
