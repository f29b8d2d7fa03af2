import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Claim, Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);
const SHOTS = process.env.KRISRUM_SHOTS_DIR ?? "/tmp/shots-17";

const TEXTS = [
  "Apoteket har slut på reningstabletter",
  "Vattnet i Norrby är förgiftat",
  "Kokningsrekommendationen gäller hela kommunen",
  "Dricksvattnet i flaskor säljs slut överallt",
  "Avloppsvattnet har läckt ut i sjön",
  "Brandkåren spolar gatorna med sjövatten",
];

/** Every table row: descendants sticking out of the row sideways, and the row's cell count (so none is empty). */
function measureRows(page: Page): Promise<Array<{ id: string; outside: string[]; cells: number }>> {
  return page.evaluate(() => {
    type Box = { left: number; right: number };
    type El = {
      getBoundingClientRect(): Box;
      querySelectorAll(s: string): ArrayLike<El>;
      getAttribute(n: string): string | null;
      tagName: string;
      className: string;
    };
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } }).document;
    return Array.from(doc.querySelectorAll(".claims-table tbody tr")).map((row) => {
      const r = row.getBoundingClientRect();
      const outside: string[] = [];
      for (const el of Array.from(row.querySelectorAll("*"))) {
        const b = el.getBoundingClientRect();
        if (b.left < r.left - 0.5 || b.right > r.right + 0.5)
          outside.push(`${el.tagName}.${el.className} ${Math.round(b.left)}–${Math.round(b.right)}`);
      }
      return { id: row.getAttribute("data-claim-id") ?? "", outside, cells: row.querySelectorAll("td").length };
    });
  });
}

describe("the claims list view at 1366×768 with 30 claims", () => {
  it("fits its rows, sorts by due time and triages several claims in one action", async () => {
    const lead = await e2e.signedIn("lead");
    const communicator = await e2e.signedIn("communicator");
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Vattenläcka i Norrby (lista)", severity: "severe" },
      201,
    );
    const severities = ["low", "medium", "high", "critical"] as const;
    const created: Claim[] = [];
    for (let i = 0; i < 30; i++) {
      created.push(
        await api<Claim>(
          communicator.request,
          "post",
          `/api/incidents/${incident.id}/claims`,
          {
            text: `${TEXTS[i % TEXTS.length]} (${i + 1})`,
            sourceChannel: i % 2 === 0 ? "social" : "radio",
            severity: severities[i % severities.length],
            reach: i % 3 === 0 ? "high" : "low",
          },
          201,
        ),
      );
    }
    const page = lead;
    await page.goto(`/incidents/${incident.id}/claims?view=list`);
    await page.locator('.claims-list-host[data-ready="true"]').waitFor();
    await expect.poll(() => page.locator(".claims-table tbody tr").count()).toBe(30);

    // Nothing wider than its row, the table inside its frame, the page not sideways.
    const rows = await measureRows(page);
    expect(rows).toHaveLength(30);
    for (const r of rows) {
      expect(r.outside, `elements wider than row ${r.id}`).toEqual([]);
      expect(r.cells).toBe(7);
    }
    const tableOverflow = await page.locator(".claims-table-wrap").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(tableOverflow, "the table scrolls sideways").toBeLessThanOrEqual(0);
    const pageWidth = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    );
    expect(pageWidth).toBeLessThanOrEqual(1366);
    // The first rows are on the first screen.
    const firstRow = await page.locator(".claims-table tbody tr").first().boundingBox();
    expect((firstRow?.y ?? 9999) + (firstRow?.height ?? 0)).toBeLessThan(768);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "claims-list-1366", { fullPage: false });
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/claims-list-1366.png` });

    // Sorted by due time, earliest first; one click turns it round.
    const byDue = [...created].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || 0);
    const ids = () =>
      page.locator(".claims-table tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim-id")));
    const asc = await ids();
    expect(asc[0]).toBe(byDue[0]?.id);
    expect(asc.map((id) => created.find((c) => c.id === id)?.dueAt)).toEqual(byDue.map((c) => c.dueAt));
    await page.getByRole("button", { name: /^Tidsgräns/ }).click();
    expect(await page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("descending");
    const desc = await ids();
    expect(desc.map((id) => created.find((c) => c.id === id)?.dueAt)).toEqual(byDue.map((c) => c.dueAt).reverse());

    // Bulk triage: three low-severity claims made critical in one action, each through its own route.
    const lows = created.filter((c) => c.severity === "low").slice(0, 3);
    await communicator.goto(`/incidents/${incident.id}/claims?view=list`);
    const row = communicator.locator(`tr[data-claim-id="${lows[0]?.id}"]`);
    await row.getByText("Låg").waitFor();
    for (const c of lows) await page.getByRole("checkbox", { name: `Välj ”${c.text}”` }).check();
    expect(await page.getByTestId("bulk-count").textContent()).toBe("3 valda");
    await page.locator(".claims-bulk").getByLabel("Allvarlighet").selectOption("critical");
    await page.locator(".claims-bulk").getByLabel("Räckvidd").selectOption("high");
    await page.getByRole("button", { name: "Bedöm valda" }).click();
    await page.locator(".claims-bulk-status").getByText("3 av 3 klara.").waitFor();
    const after = await api<{ claims: Claim[] }>(lead.request, "get", `/api/incidents/${incident.id}/claims`);
    for (const c of lows) {
      const now = after.claims.find((x) => x.id === c.id);
      expect([now?.severity, now?.reach, now?.status]).toEqual(["critical", "high", "triaged"]);
    }
    // The other console's list is live: the triaged rows say Kritisk there too, without a reload.
    await row.getByText("Kritisk").waitFor({ timeout: 5_000 });
    expect(await page.getByTestId("bulk-count").textContent()).toBe("0 valda");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/claims-list-after-bulk.png` });

    // The follow-up: charts drawn (two canvases), each with its table, and live without the refresh button.
    await page.goto(`/incidents/${incident.id}/claims/metrics`);
    await page.getByRole("heading", { name: /^Uppföljning av rykten och rättelser/, level: 1 }).waitFor();
    const figures = page.locator("figure.report-chart");
    await expect.poll(() => figures.locator("canvas").count()).toBe(2);
    expect(await figures.locator("figcaption").allTextContents()).toEqual([
      "Tid till rättelse per allvarlighet, i minuter",
      "Antal påståenden per källkanal",
    ]);
    const social = page
      .getByRole("table", { name: "Påståenden per källkanal" })
      .getByRole("row")
      .filter({ hasText: "Sociala medier" })
      .getByRole("cell")
      .first();
    expect(await social.textContent()).toBe("15");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/claims-metrics-charts.png`, fullPage: true });
    await api(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/claims`,
      { text: "Nytt rykte om vattnet i Norrby", sourceChannel: "social", severity: "high", reach: "low" },
      201,
    );
    await expect.poll(() => social.textContent(), { timeout: 5_000 }).toBe("16");
    await lead.context().close();
    await communicator.context().close();
  });
});
