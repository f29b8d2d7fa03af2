import { describe, expect, it } from "vitest";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });

describe("console shell in Chromium", () => {
  it("the login page is in Swedish and has no serious accessibility violations", async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.url}/`);
    await page.getByRole("heading", { name: "Logga in i Krisrum" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await screenshot(page, "foundation-login");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows an incident created by a lead in another console without a reload", async () => {
    const lead = await e2e.signedIn("lead");
    const watcher = await e2e.signedIn("communicator");
    await watcher
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .waitFor();

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
    await lead.context().close();
    await watcher.context().close();
  });

  it("the demo incident overview shows its clock, log and presence and passes axe", async () => {
    const page = await e2e.signedIn("agent");
    await page
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .click();
    await page.getByRole("heading", { name: "Loggbok" }).waitFor();
    await page.getByText("Nästa utlovade uppdatering").first().waitFor();
    await page.getByRole("heading", { name: "Här just nu" }).waitFor();
    await screenshot(page, "foundation-demo-overview");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
