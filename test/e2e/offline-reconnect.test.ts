/**
 * The network drops under an open console (Playwright's setOffline: the browser says `offline`, nothing goes out or
 * comes in). The console must say so within seconds, not when Socket.IO's heartbeat gives up, never claim "Ansluten"
 * beside a form that could not save, and catch up on what it missed the moment the network is back.
 *
 * The console is opened on `localhost`, as `npm start` prints it: there engine.io-client ignores the browser's
 * `offline` (it listens only for other host names), so its socket sat silent on a dead network for the whole default
 * heartbeat, 45 s, saying "Ansluten".
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot } from "./lib/browser.js";
import { DEMO_PASSWORD } from "./lib/server.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);

async function signedInOnLocalhost(username: string): Promise<{ page: Page; base: string }> {
  const page = await e2e.newPage();
  const base = e2e.url.replace("127.0.0.1", "localhost");
  await page.goto(`${base}/login`);
  await page.getByLabel("Användarnamn").fill(username);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  return { page, base };
}

describe("a console whose network drops", () => {
  it("says it is cut off at once, shows the banner after three seconds, and catches up when the network is back", async () => {
    const [{ page: lead, base }, colleague] = [await signedInOnLocalhost("lead"), await e2e.signedIn("lead")];
    const title = `Strömavbrott i Centrum ${Date.now()}`;
    const incident = await api<Incident>(
      colleague.request,
      "post",
      "/api/incidents",
      { title, severity: "severe" },
      201,
    );
    await lead.goto(`${base}/incidents/${incident.id}`);
    await lead.getByRole("heading", { name: title, level: 1 }).waitFor();
    const connection = lead.getByRole("status", { name: "Anslutning" });
    await connection.getByText("Ansluten").waitFor();

    await lead.context().setOffline(true);
    const cut = Date.now();
    // Seconds, not the 45 s of Socket.IO's default heartbeat.
    await connection.getByText("Frånkopplad – försöker igen").waitFor({ timeout: 2_000 });
    // A save meanwhile fails, and the header agrees with the form.
    const text = lead.locator(".log-form").getByLabel("Text", { exact: true });
    await text.fill("Beslut: reservkraft till äldreboendet.");
    await lead.getByRole("button", { name: "Lägg till i loggboken" }).click();
    await lead.getByText(/Servern svarar inte/).waitFor({ timeout: 5_000 });
    expect(await connection.textContent()).not.toContain("Ansluten");
    await lead.locator(".offline-banner").waitFor({ timeout: 6_000 });
    expect(Date.now() - cut).toBeGreaterThanOrEqual(2_900); // a blip stays the header's pill only
    await screenshot(lead, "offline-network-dropped", { fullPage: false });

    // Someone else works on while this console is away.
    const claim = "Bussarna står still i hela kommunen";
    await api(
      colleague.request,
      "post",
      `/api/incidents/${incident.id}/claims`,
      { text: claim, sourceChannel: "social", severity: "high", reach: "high" },
      201,
    );

    await lead.context().setOffline(false);
    await connection.getByText("Ansluten").waitFor({ timeout: 5_000 });
    await lead.getByText(claim, { exact: false }).first().waitFor({ timeout: 5_000 });
    await lead.locator(".offline-banner").waitFor({ state: "detached" });
    // What was typed is still there to save again, and the form no longer says the server is away.
    expect(await text.inputValue()).toBe("Beslut: reservkraft till äldreboendet.");
    await lead.getByText(/Servern svarar inte/).waitFor({ state: "detached" });
    await lead.context().close();
    await colleague.context().close();
  });
});
