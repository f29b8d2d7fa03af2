import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Bulletin, Incident } from "../../shared/index.js";
import { approvedWeakBulletin, jsonApi } from "./lib/api.js";
import { seriousA11yViolations } from "./lib/browser.js";
import { signInOnly, startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 390, height: 844 });
const api = jsonApi(() => e2e.url);
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

/** Every landmark region's name, as a screen reader's list of landmarks shows it. */
const regionNames = (page: Page) =>
  page.locator("html").evaluate((html) => {
    const doc = html.ownerDocument;
    const nameOf = (el: { getAttribute(name: string): string | null }): string =>
      el.getAttribute("aria-label") ??
      (el.getAttribute("aria-labelledby") ?? "")
        .split(" ")
        .map((id) => doc.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim();
    return Array.from(doc.querySelectorAll("[role=region], section[aria-label], section[aria-labelledby]"), nameOf);
  });
const duplicates = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);
/** The right edges of the elements `selector` finds, rounded. */
const rightEdges = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().right)));

describe("the console in a 320 px window (WCAG 1.4.10, what 400 % zoom of 1280 px gives)", () => {
  it("wraps the header, the editor, the publish dialog, the reports and the claims follow-up instead of scrolling sideways", async () => {
    const [lead, communicator, agent] = [await e2e.newPage(), await e2e.newPage(), await e2e.newPage()];
    for (const page of [lead, communicator, agent]) await page.setViewportSize({ width: 320, height: 800 });
    await signInOnly(lead, "lead");
    await signInOnly(communicator, "communicator");
    await signInOnly(agent, "agent");
    const { incidents } = await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents");
    const incident = incidents.find((i) => i.title.startsWith("Kokningsrekommendation"));
    if (!incident) throw new Error("the demo incident is missing");
    // A draft (the editor with the incident's facts to cite) and a weak bulletin, approved, whose publishing needs a
    // written reason.
    const draft = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/bulletins`,
      { headline: "Tankbilarna flyttas", body: "Tankbilen vid biblioteket flyttas kl. 14.", audiences: ["residents"] },
      201,
    );
    const weak = await approvedWeakBulletin(
      api,
      { communicator: communicator.request, lead: lead.request },
      incident.id,
    );
    await api(communicator.request, "patch", "/api/me", { language: "en" });

    const fits = async (page: Page, view: string) => {
      expect(await pageWidth(page), `${view}: the page scrolls sideways`).toBeLessThanOrEqual(320);
      await page.screenshot({ path: `${SHOTS}/w320-${view}.png`, fullPage: true });
    };
    mkdirSync(SHOTS, { recursive: true });

    // The header: the connection pill beside or under the name, never drawn over it.
    await lead.goto("/incidents");
    await lead.getByRole("status", { name: "Anslutning" }).getByText("Ansluten").waitFor();
    const brand = await lead.locator("header .brand").boundingBox();
    const pill = await lead.getByRole("status", { name: "Anslutning" }).boundingBox();
    if (!brand || !pill) throw new Error("no brand or connection pill");
    expect(
      brand.x + brand.width <= pill.x || pill.y >= brand.y + brand.height,
      `the connection pill (x ${Math.round(pill.x)}) covers the name (to x ${Math.round(brand.x + brand.width)})`,
    ).toBe(true);
    await fits(lead, "incidents");

    // The editor: the facts' status badges and the checklist's status words stay inside their panels.
    await lead.goto(`/incidents/${incident.id}/bulletins/${draft.id}`);
    await lead.getByRole("group", { name: "Uppgifter ur lägesbilden" }).waitFor();
    await lead.locator(".checklist-principles .gauge-status").first().waitFor();
    const panel = await lead.locator(".checklist-panel").boundingBox();
    for (const right of await rightEdges(lead, ".checklist-principles .gauge-reading"))
      expect(right, "a principle's status sticks out of the checklist").toBeLessThanOrEqual(
        Math.round((panel?.x ?? 0) + (panel?.width ?? 0)),
      );
    await fits(lead, "editor");

    // The publish dialog of a bulletin that fails the gate: its buttons wrap inside it.
    await lead.goto(`/incidents/${incident.id}/bulletins/${weak.id}`);
    await lead.getByRole("button", { name: "Publicera", exact: true }).click();
    const dialog = lead.getByRole("dialog", { name: "Publicera meddelandet" });
    await dialog.getByText(/klarar inte publiceringsgränsen/).waitFor();
    const box = await dialog.boundingBox();
    for (const right of await rightEdges(lead, "[role=dialog] button"))
      expect(right, "a button sticks out of the dialog").toBeLessThanOrEqual(
        Math.round((box?.x ?? 0) + (box?.width ?? 0)),
      );
    await fits(lead, "publish-dialog");

    // The reports: the CSV button wraps; each table's scrolling box is named apart from its section.
    for (const [view, path] of [
      ["period-report", "/reports"],
      ["incident-report", `/incidents/${incident.id}/report`],
    ] as const) {
      await lead.goto(path);
      await lead.getByRole("link", { name: "Ladda ned tabellerna (CSV för Excel)" }).waitFor();
      await lead.locator(".scroll-region").first().waitFor();
      expect(duplicates(await regionNames(lead)), `${view}: regions of one name`).toEqual([]);
      await fits(lead, view);
    }

    // The claims follow-up: the hint wraps, the table's caption wraps at the window's width.
    await lead.goto(`/incidents/${incident.id}/claims/metrics`);
    await lead.getByRole("table", { name: /^Tid från loggat påstående/ }).waitFor();
    for (const right of await rightEdges(lead, "caption"))
      expect(right, "a caption runs out of the window").toBeLessThanOrEqual(320);
    await fits(lead, "claims-metrics");

    // The claims list: the sort buttons' hidden words stay inside the table's scroll box.
    await lead.goto(`/incidents/${incident.id}/claims?view=list`);
    await lead.locator(".claims-table").waitFor();
    await fits(lead, "claims-list");

    // The contact centre's trends: their tables' boxes are named apart from their sections.
    await agent.goto("/contact/trends");
    await agent.getByRole("heading", { name: "Mest frågat just nu" }).waitFor();
    await agent.locator(".scroll-region").first().waitFor();
    expect(duplicates(await regionNames(agent)), "trends: regions of one name").toEqual([]);
    await fits(agent, "contact-trends");

    // The incident's overview in English, the longer button labels.
    await communicator.goto(`/incidents/${incident.id}`);
    await communicator.getByRole("link", { name: "New message from template" }).waitFor();
    await fits(communicator, "overview-en");
  });
});

describe("the console on a 1366 px laptop", () => {
  it("keeps the account tools at the right edge under the connection when they wrap to a second row", async () => {
    const admin = await e2e.newPage();
    await admin.setViewportSize({ width: 1366, height: 768 });
    await signInOnly(admin, "admin");
    await admin.getByRole("status", { name: "Anslutning" }).getByText("Ansluten").waitFor();
    const box = async (selector: string) => {
      const b = await admin.locator(selector).boundingBox();
      if (b === null) throw new Error(`${selector} is not shown`);
      return b;
    };
    const status = await box("header.app-header .header-status");
    const tools = await box("header.app-header .header-tools");
    const brand = await box("header.app-header .brand");
    // The admin's navigation is the longest: its tools take a second row at this width.
    expect(tools.y).toBeGreaterThan(status.y + status.height / 2);
    expect(Math.abs(tools.x + tools.width - (status.x + status.width))).toBeLessThanOrEqual(2);
    expect(tools.x).toBeGreaterThan(brand.x + 200);
    expect(await pageWidth(admin)).toBeLessThanOrEqual(1366);

    // An 800 px window: the connection shares the tools' row, at its start, not floating mid-row.
    await admin.setViewportSize({ width: 800, height: 768 });
    const narrowStatus = await box("header.app-header .header-status");
    const narrowTools = await box("header.app-header .header-tools");
    const nav = await box("header.app-header .main-nav");
    expect(Math.abs(narrowStatus.y + narrowStatus.height / 2 - (narrowTools.y + narrowTools.height / 2))).toBeLessThan(
      8,
    );
    expect(Math.abs(narrowStatus.x - nav.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(narrowTools.x + narrowTools.width - (nav.x + nav.width))).toBeLessThanOrEqual(2);
    await admin.context().close();
  });
});
