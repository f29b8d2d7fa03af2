import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, screenshot, seriousA11yViolations } from "./lib/browser.js";
import { DEMO_PASSWORD, startBuiltServer, type RunningServer } from "./lib/server.js";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Användarnamn").fill(username);
  await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByRole("heading", { name: "Händelser", level: 1 }).waitFor();
}

describe("console shell in Chromium", () => {
  it("the login page is in Swedish and has no serious accessibility violations", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: "Logga in i Krisrum" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await screenshot(page, "foundation-login");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows an incident created by a lead in another console without a reload", async () => {
    const leadContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const watcherContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const lead = await leadContext.newPage();
    const watcher = await watcherContext.newPage();
    await signIn(lead, "lead");
    await signIn(watcher, "communicator");
    await watcher.getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i }).first().waitFor();

    let reloads = 0;
    watcher.on("framenavigated", (frame) => {
      if (frame === watcher.mainFrame()) reloads += 1;
    });
    const title = `Storm över kusten ${Date.now()}`;
    await lead.getByLabel("Rubrik", { exact: true }).fill(title);
    const clicked = Date.now();
    await lead.getByRole("button", { name: "Skapa händelse" }).click();
    await watcher.getByRole("link", { name: title }).waitFor({ timeout: 5_000 });
    const seenAfterMs = Date.now() - clicked;
    console.log(`incident visible in the other console ${seenAfterMs} ms after the click`);
    expect(reloads).toBe(0);
    expect(seenAfterMs).toBeLessThan(5_000);
    await screenshot(watcher, "foundation-list-after-create");

    await watcher.getByRole("link", { name: title }).click();
    await watcher.getByRole("heading", { name: title, level: 1 }).waitFor();
    await watcher.getByText("Tid sedan start").waitFor();
    await screenshot(watcher, "foundation-overview");
    expect(await seriousA11yViolations(watcher)).toEqual([]);
    await leadContext.close();
    await watcherContext.close();
  });

  it("the demo incident overview shows its clock, log and presence and passes axe", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await signIn(page, "agent");
    await page.getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i }).first().click();
    await page.getByRole("heading", { name: "Loggbok" }).waitFor();
    await page.getByText("Nästa utlovade uppdatering").first().waitFor();
    await page.getByRole("heading", { name: "Här just nu" }).waitFor();
    await screenshot(page, "foundation-demo-overview");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
