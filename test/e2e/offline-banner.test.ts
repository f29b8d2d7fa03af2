/**
 * The offline banner in Chromium: fixed over the bottom of the window while the socket is down, it must cover none of
 * what sticks to the bottom itself: the claims list's bulk-action bar, the end of the bulletin editor's checklist
 * panel, and the toasts. The socket is cut in the page (Playwright's WebSocket routing, its polling fallback refused),
 * the server staying up for REST, as when a proxy drops the long-lived connection.
 */
import { describe, expect, it } from "vitest";
import type { Locator, Page, WebSocketRoute } from "playwright-core";
import type { Bulletin, Claim, Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);

const SOCKET = /\/socket\.io\//;

/** Lets the page's socket through until `cut()`, then closes it and refuses every reconnect, WebSocket or polling. */
async function cuttableSocket(page: Page): Promise<{ cut(): void; restore(): void }> {
  let down = false;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(SOCKET, (ws) => {
    if (down) return ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  await page.route(SOCKET, (route) => (down ? route.abort() : route.continue()));
  return {
    cut() {
      down = true;
      for (const ws of open.splice(0)) void ws.close();
    },
    restore() {
      down = false;
    },
  };
}

/** The banner, once the console has been offline long enough for it (three seconds). */
async function bannerTop(page: Page): Promise<number> {
  const banner = page.locator(".offline-banner");
  await banner.waitFor({ timeout: 15_000 });
  // Its height is measured into --offline-banner-height after it renders: wait until the page has it.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (
          globalThis as unknown as { document: { documentElement: { style: { getPropertyValue(n: string): string } } } }
        ).document.documentElement.style.getPropertyValue("--offline-banner-height"),
      ),
    )
    .not.toBe("");
  const box = await banner.boundingBox();
  if (!box) throw new Error("no banner box");
  return box.y;
}

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box.y + box.height;
}

describe("the offline banner", () => {
  it("leaves the claims list's bulk-action bar in sight above it", async () => {
    const lead = await e2e.signedIn("lead");
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Vattenläcka i Norrby (frånkopplad)", severity: "severe" },
      201,
    );
    const claims: Claim[] = [];
    for (let i = 0; i < 25; i++)
      claims.push(
        await api<Claim>(
          lead.request,
          "post",
          `/api/incidents/${incident.id}/claims`,
          { text: `Vattnet i Norrby är förgiftat (${i + 1})`, sourceChannel: "social", severity: "low", reach: "low" },
          201,
        ),
      );
    const socket = await cuttableSocket(lead);
    await lead.goto(`/incidents/${incident.id}/claims?view=list`);
    await lead.locator('.claims-list-host[data-ready="true"]').waitFor();
    for (const c of claims.slice(0, 2)) await lead.getByRole("checkbox", { name: `Välj ”${c.text}”` }).check();
    const bar = lead.locator(".claims-bulk.is-active");
    await bar.waitFor();

    socket.cut();
    const top = await bannerTop(lead);
    // Stuck to the bottom of the window (the list runs on below it), and above the banner, not under it.
    expect(await bottomOf(bar)).toBeLessThanOrEqual(top + 0.5);
    expect(await bottomOf(bar)).toBeGreaterThan(top - 40);
    await screenshot(lead, "offline-bulk-bar", { fullPage: false });
  });

  it("ends the bulletin editor's checklist panel, and stacks the toasts, above it", async () => {
    const [communicator, lead] = [await e2e.signedIn("communicator"), await e2e.signedIn("lead")];
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Storm i Norrby (frånkopplad)", severity: "severe" },
      201,
    );
    const bulletin = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/bulletins`,
      {
        headline: "Stanna inomhus i kväll",
        body: "Norrby kommun informerar: det blåser kraftigt i kväll. Träd kan falla över vägar och ledningar.",
        instruction: "Stanna inomhus i kväll om du kan.",
        audiences: ["residents"],
      },
      201,
    );
    const submitted = await api<Bulletin>(communicator.request, "post", `/api/bulletins/${bulletin.id}/submit`, {});

    const socket = await cuttableSocket(communicator);
    await communicator.goto(`/incidents/${incident.id}/bulletins/${bulletin.id}`);
    const panel = communicator.locator(".checklist-panel");
    await panel.waitFor();
    await communicator.getByRole("status", { name: "Anslutning" }).getByText("Ansluten").waitFor();
    // Returned with a reason: the author's toast, which stays until dismissed.
    await api(lead.request, "post", `/api/bulletins/${bulletin.id}/return`, {
      reason: "Skriv när nästa besked kommer.",
      expectedVersion: submitted.version,
    });
    const toast = communicator.locator(".toast").first();
    await toast.waitFor({ timeout: 10_000 });

    socket.cut();
    const top = await bannerTop(communicator);
    // Scrolled down to the panel, which then sticks to the top of the window: taller than the window, it scrolls on
    // its own and ends where the window does, less the banner.
    const start = (await panel.boundingBox())?.y ?? 0;
    await communicator.mouse.wheel(0, start);
    await expect.poll(async () => (await panel.boundingBox())?.y).toBeLessThan(20);
    expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await bottomOf(panel)).toBeLessThanOrEqual(top + 0.5);
    expect(await bottomOf(toast.locator("xpath=ancestor::section[1]"))).toBeLessThanOrEqual(top + 0.5);
    await screenshot(communicator, "offline-checklist-panel", { fullPage: false });
  });
});
