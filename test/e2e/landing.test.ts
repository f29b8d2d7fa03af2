import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { signInOnly, startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);
const SHOTS = process.env.KRISRUM_SHOTS_DIR ?? "/tmp/shots-17";

async function landOn(username: string): Promise<Page> {
  const page = await e2e.newPage();
  await signInOnly(page, username);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Counts the assertive announcements that name `title`, from now on (a MutationObserver in the page). */
async function countAnnouncements(page: Page, title: string): Promise<void> {
  await page.evaluate((t) => {
    type Node = { textContent: string | null };
    const g = globalThis as unknown as {
      document: { querySelector(s: string): Node | null };
      MutationObserver: new (cb: () => void) => { observe(n: Node, o: object): void };
      __announced: number;
    };
    g.__announced = 0;
    const region = g.document.querySelector('[data-testid="deadline-announcer"]');
    if (!region) throw new Error("no deadline announcer on the page");
    let last = region.textContent ?? "";
    new g.MutationObserver(() => {
      const text = region.textContent ?? "";
      if (text !== last && text.includes(t)) g.__announced += 1;
      last = text;
    }).observe(region, { childList: true, subtree: true, characterData: true });
  }, title);
}

const announcedSoFar = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __announced: number }).__announced);

describe("each role lands on its work", () => {
  it("the lead lands on the situation dashboard: a live countdown, then one dismissable alert when it passes", async () => {
    const lead = await landOn("lead");
    await lead.getByRole("heading", { name: "Läget just nu", level: 1 }).waitFor();
    expect(new URL(lead.url()).pathname).toBe("/");
    // The phone's menu button is not shown at 1366 px: the navigation is.
    expect(await lead.getByRole("button", { name: "Meny" }).isVisible()).toBe(false);
    expect(await lead.getByRole("navigation", { name: "Huvudmeny" }).isVisible()).toBe(true);

    const title = `Storm över Norrby ${Date.now()}`;
    const due = new Date(Date.now() + 14_000).toISOString();
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title, severity: "severe", affectedAreas: ["Norrby"], nextUpdateDue: due },
      201,
    );
    // Arrives over the socket: no reload.
    const tile = lead.locator(`article[data-incident-id="${incident.id}"]`);
    await tile.waitFor({ timeout: 5_000 });
    await countAnnouncements(lead, title);
    const countdown = tile.getByTestId("dash-countdown");
    const first = await countdown.textContent();
    expect(first).toMatch(/^om \d+ s/);
    await expect.poll(() => countdown.textContent(), { timeout: 4_000 }).not.toBe(first);
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await shot(lead, "dashboard-lead");

    // The promise passes: one alert for this deadline, said once.
    const alert = lead.locator(`li[data-alert-key="promise:${incident.id}:${due}"]`);
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(`Utlovad uppdatering är försenad för ”${title}”`);
    expect(await countdown.getAttribute("data-overdue")).toBe("true");
    await lead.waitForTimeout(3_000); // three more ticks of the clock
    expect(await alert.count()).toBe(1);
    expect(await announcedSoFar(lead)).toBe(1);
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await shot(lead, "dashboard-lead-alert");

    await alert.getByRole("button", { name: /^Stäng larmet/ }).click();
    await alert.waitFor({ state: "detached" });
    expect(await announcedSoFar(lead)).toBe(1);
    // Dismissed for good: a reload does not bring it back, though the incident is still overdue.
    await lead.reload();
    await lead.locator(`article[data-incident-id="${incident.id}"]`).waitFor();
    await lead.waitForTimeout(1_500);
    expect(await lead.locator(`li[data-alert-key="promise:${incident.id}:${due}"]`).count()).toBe(0);
    expect(await lead.locator(`article[data-incident-id="${incident.id}"].dash-tile-overdue`).count()).toBe(1);

    // A new promise is a new deadline: passing it alerts again.
    const next = new Date(Date.now() + 2_000).toISOString();
    await api(lead.request, "patch", `/api/incidents/${incident.id}`, { nextUpdateDue: next });
    await lead.locator(`li[data-alert-key="promise:${incident.id}:${next}"]`).waitFor({ timeout: 10_000 });
    await lead.context().close();
  });

  it("the admin lands on the same dashboard; the viewer on the incident list", async () => {
    const admin = await landOn("admin");
    await admin.getByRole("heading", { name: "Läget just nu", level: 1 }).waitFor();
    await admin.locator("article.dash-tile").first().waitFor();
    // In English too.
    await admin.getByRole("button", { name: "English" }).click();
    await admin.getByRole("heading", { name: "Situation now", level: 1 }).waitFor();
    expect(await admin.locator(".dash-figure dt").first().textContent()).toBe("Waiting for approval");
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await shot(admin, "dashboard-admin-en");
    const viewer = await landOn("viewer");
    await viewer.getByRole("heading", { name: "Händelser", level: 1 }).waitFor();
    expect(new URL(viewer.url()).pathname).toBe("/");
    expect(await viewer.getByRole("link", { name: "Läget" }).count()).toBe(0);
    await admin.context().close();
    await viewer.context().close();
  });

  it("the communicator lands on the claims board of the newest active incident; the agent on the contact centre", async () => {
    const lead = await landOn("lead");
    const title = `Översvämning i Södra hamnen ${Date.now()}`;
    const incident = await api<Incident>(lead.request, "post", "/api/incidents", { title }, 201);

    const communicator = await landOn("communicator");
    await communicator.waitForURL(`**/incidents/${incident.id}/claims`);
    await communicator.getByRole("heading", { name: "Rykten och rättelser", level: 1 }).waitFor();
    expect(await seriousA11yViolations(communicator)).toEqual([]);
    await shot(communicator, "landing-communicator");

    const agent = await landOn("agent");
    await agent.waitForURL("**/contact");
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    await shot(agent, "landing-agent");
    for (const p of [lead, communicator, agent]) await p.context().close();
  });
});
