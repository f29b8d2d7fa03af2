import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousA11yViolations } from "./lib/browser.js";
import { signInOnly, startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 390, height: 844 });
const SHOTS = process.env.KRISRUM_SHOTS_DIR ?? "/tmp/shots-17";

const headerHeight = (page: Page) =>
  page.locator("header.app-header").evaluate((el) => el.getBoundingClientRect().height);
const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

describe("the console on a 390 px phone", () => {
  it("keeps the header to one row with a menu button; the dashboard fits the width and passes axe", async () => {
    const lead = await e2e.newPage();
    await signInOnly(lead, "lead");
    await lead.getByRole("heading", { name: "Läget just nu", level: 1 }).waitFor();
    await lead.locator("article.dash-tile").first().waitFor();
    // Measured once connected: "Hämtar missade händelser …" may take two lines in the pill for a moment.
    await lead.getByRole("status", { name: "Anslutning" }).getByText("Ansluten").waitFor();

    const folded = await headerHeight(lead);
    console.log(`header height on a 390 px phone: ${Math.round(folded)} px of 844`);
    expect(folded).toBeLessThanOrEqual(64);
    expect(await pageWidth(lead)).toBeLessThanOrEqual(390);
    expect(await lead.getByRole("status", { name: "Anslutning" }).isVisible()).toBe(true);
    expect(await lead.getByRole("link", { name: "Händelser", exact: true }).isVisible()).toBe(false);
    expect(await seriousA11yViolations(lead)).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await lead.screenshot({ path: `${SHOTS}/phone-dashboard.png` });

    const menu = lead.getByRole("button", { name: "Meny" });
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await lead.getByRole("link", { name: "Händelser", exact: true }).waitFor();
    expect(await lead.getByRole("button", { name: "Logga ut" }).isVisible()).toBe(true);
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await lead.screenshot({ path: `${SHOTS}/phone-menu-open.png` });

    // Choosing a page folds the menu again.
    await lead.getByRole("link", { name: "Händelser", exact: true }).click();
    await lead.getByRole("heading", { name: "Händelser", level: 1 }).waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await headerHeight(lead)).toBeLessThanOrEqual(64);
    await lead.context().close();
  });
});
