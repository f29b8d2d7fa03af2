import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);
const SHOTS = process.env.KRISRUM_SHOTS_DIR ?? "/tmp/shots-17";

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await screenshot(page, name, { fullPage });
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** The h2 headings of the overview's main column, top to bottom. */
const mainHeadings = (page: Page) =>
  page.locator(".incident-main > section > h2, .incident-main > section .section-head h2").allTextContents();

describe("the incident overview, most urgent first", () => {
  it("a brand-new incident opens on its bulletins, the loggbok is writable above the fold, the desk moves up when a critical claim comes in", async () => {
    const lead = await e2e.signedIn("lead");
    const communicator = await e2e.signedIn("communicator");
    const title = `Storm över kusten ${Date.now()}`;
    const incident = await api<Incident>(lead.request, "post", "/api/incidents", { title, severity: "severe" }, 201);
    await lead.goto(`/incidents/${incident.id}`);
    await lead.getByRole("heading", { name: title, level: 1 }).waitFor();
    const main = lead.locator(".incident-main");
    await expect.poll(() => main.getAttribute("data-section-order")).toBe("bulletins,facts,claims");
    const headings = await mainHeadings(lead);
    expect(headings[0]).toBe("Meddelanden");
    expect(headings.at(-1)).toBe("Rykten och rättelser");

    await shot(lead, "overview-first-screen", false);
    // The loggbok's form sits beside the clock: its text field and button are inside the first screen.
    const text = lead.locator(".log-form").getByLabel("Text", { exact: true });
    const submit = lead.getByRole("button", { name: "Lägg till i loggboken" });
    for (const el of [text, submit]) {
      const box = await el.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
    }
    expect(await lead.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0);

    // Manual entries by default; the system's events one click away.
    await text.fill("Beslut: kommunens krisledning sammankallas kl. 15.");
    await submit.click();
    const timeline = lead.locator(".log-section .timeline");
    await timeline.getByText("Beslut: kommunens krisledning sammankallas kl. 15.", { exact: true }).waitFor();
    expect(await timeline.getByText(/skapade händelsen/).count()).toBe(0);
    await lead.getByRole("button", { name: /^Visa systemhändelser \(\d+\)$/ }).click();
    await timeline.getByText(`Anna Lind (krisledare) skapade händelsen ”${title}”.`).waitFor();
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await shot(lead, "overview-new-incident", false);
    await lead.getByRole("button", { name: /^Visa systemhändelser/ }).click();

    // A critical claim arrives over the socket: the desk goes first, live.
    await api(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/claims`,
      { text: "Vattnet i hamnen är förgiftat", sourceChannel: "social", severity: "critical", reach: "high" },
      201,
    );
    await expect.poll(() => main.getAttribute("data-section-order"), { timeout: 5_000 }).toBe("claims,bulletins,facts");
    expect((await mainHeadings(lead))[0]).toBe("Rykten och rättelser");
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await shot(lead, "overview-critical-claim");
    await lead.context().close();
    await communicator.context().close();
  });
});
