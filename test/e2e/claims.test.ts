import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { approveAndOpenPublish, confirmPublish } from "./lib/publish.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1500, height: 950 });

const CLAIM = `Kranvattnet är giftigt i hela kommunen ${Date.now()}`;
const SECOND_PASSWORD = "andra-kommunikatoren-1";

function card(page: Page, status: string) {
  return page
    .getByRole("region", { name: new RegExp(`^${status}`) })
    .getByRole("listitem")
    .filter({ hasText: CLAIM });
}

/** The count in a column's heading, "(n st)": the demo desk has claims of its own, so tests compare with before. */
async function columnCount(page: Page, status: string): Promise<number> {
  const text =
    (await page
      .getByRole("region", { name: new RegExp(`^${status}`) })
      .getByText(/^\(\d+ st\)$/)
      .first()
      .textContent()) ?? "";
  const n = Number(/\((\d+) st\)/.exec(text)?.[1]);
  if (!Number.isInteger(n)) throw new Error(`no count in the ${status} column: ${text}`);
  return n;
}

async function showClosed(page: Page, column: string): Promise<void> {
  const toggle = page.getByRole("button", { name: `Visa ${column}` });
  if ((await toggle.count()) > 0) await toggle.click();
}

describe("misinformation desk in Chromium", () => {
  let boardUrl = "";
  let first: Page;
  let second: Page;

  it("a communicator logs a claim and a second communicator's board shows it without reload", async () => {
    const admin = await e2e.signedIn("admin");
    const created = await admin.request.post(`${e2e.url}/api/users`, {
      data: {
        username: "communicator2",
        displayName: "Per Lund (kommunikatör)",
        role: "communicator",
        password: SECOND_PASSWORD,
      },
    });
    expect(created.status()).toBe(201);

    first = await e2e.signedIn("communicator");
    await first
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .click();
    await first.getByRole("link", { name: "Rykten och rättelser" }).click();
    await first.getByRole("heading", { name: /^Rykten och rättelser/, level: 1 }).waitFor();
    boardUrl = first.url();
    expect(boardUrl).toMatch(/\/incidents\/[0-9a-f-]{36}\/claims$/);

    second = await e2e.signedIn("communicator2", SECOND_PASSWORD);
    await second.goto(boardUrl);
    await second.locator('.claims-board[data-ready="true"]').waitFor();
    // Stamp the moment the card appears on the second board, in the page, against the same wall clock as the server.
    await second.evaluate((text) => {
      const w = window as unknown as { __seenAt?: number };
      const observer = new MutationObserver(() => {
        if (w.__seenAt === undefined && document.body.textContent?.includes(text)) {
          w.__seenAt = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, CLAIM);

    await first.getByRole("button", { name: "Logga nytt rykte" }).click();
    await first.getByLabel("Påståendet, som det syns").fill(CLAIM);
    await first.getByLabel("Källkanal").selectOption("social");
    await first.getByLabel(/^Länk/).fill("https://social.example/post/123");
    await first.getByRole("form", { name: "Logga rykte" }).getByLabel("Allvarlighet").selectOption("high");
    await first.getByRole("form", { name: "Logga rykte" }).getByLabel("Räckvidd").selectOption("high");
    const answer = first.waitForResponse((r) => r.url().endsWith("/claims") && r.request().method() === "POST");
    await first.getByRole("button", { name: "Logga rykte" }).click();
    const claim = (await (await answer).json()) as { createdAt: string; dueAt: string };
    await card(first, "Nya").waitFor();

    await card(second, "Nya").waitFor({ timeout: 10_000 });
    const seenAt = (await second.evaluate(() => (window as unknown as { __seenAt?: number }).__seenAt)) ?? NaN;
    console.log(`claim created → card visible on one other board: ${seenAt - Date.parse(claim.createdAt)} ms`);
    await expect.poll(() => second.getByTestId("claims-live").textContent()).toContain(CLAIM);
    expect(await card(second, "Nya").textContent()).toMatch(/Hög.*Sociala medier.*Stor/);
    await screenshot(second, "claims-board-new");
    // The board scrolls inside itself if it must; the page never scrolls sideways.
    expect(await second.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousA11yViolations(first)).toEqual([]);
  });

  it("the second communicator takes it, starts the correction, writes it and submits it", async () => {
    await card(second, "Nya").getByRole("button", { name: "Ta" }).click();
    await card(second, "Tilldelade").waitFor();
    await card(first, "Tilldelade").getByText("Per Lund (kommunikatör)").waitFor({ timeout: 10_000 });

    await card(second, "Tilldelade").getByRole("button", { name: "Skriv rättelse" }).click();
    await second.getByRole("heading", { name: "Redigera meddelande", level: 1 }).waitFor();
    await expect.poll(() => second.getByLabel("Vad har hänt").inputValue()).toContain(CLAIM);
    await card(first, "Rättas").waitFor({ timeout: 10_000 });

    await second.getByLabel("Rubrik").fill("Kranvattnet i kommunen går att dricka");
    const body = second.getByLabel("Vad har hänt");
    await body.press("End");
    await second.keyboard.type(
      " Det stämmer inte. VA-laboratoriets prover från i dag visar att vattnet är drickbart i hela kommunen utom i Centrum, där det ska kokas.",
    );
    await second
      .getByLabel("Vad ska man göra")
      .fill(
        "Drick vattnet som vanligt utanför Centrum. Mer information finns på exempelby.se/vatten. Nästa uppdatering kommer kl. 15.00.",
      );
    await second.getByRole("button", { name: "Spara", exact: true }).first().click();
    await second
      .getByText(/Sparat som version/)
      .first()
      .waitFor();
    await second.getByRole("button", { name: "Skicka till granskning" }).click();
    await second.getByText("Meddelandet är skickat till granskning.").waitFor();
    await screenshot(second, "claims-correction-editor");
    await card(first, "Granskas").waitFor({ timeout: 10_000 });
  });

  it("a lead approves and publishes; the claim shows as corrected on both boards", async () => {
    const editorUrl = second.url();
    await second.goto(boardUrl);
    await card(second, "Granskas").waitFor();

    const correctedBefore = await columnCount(first, "Rättade");
    const lead = await e2e.signedIn("lead");
    await lead.goto(editorUrl);
    await confirmPublish(lead, await approveAndOpenPublish(lead, "Ryktet sprids snabbt, rättelsen måste ut."));

    for (const page of [first, second]) {
      await page
        .getByRole("region", { name: /^Rättade/ })
        .getByText(`(${correctedBefore + 1} st)`)
        .waitFor({ timeout: 10_000 });
      await showClosed(page, "Rättade");
      await card(page, "Rättade")
        .getByText(/Rättat efter/)
        .waitFor();
      expect(await card(page, "Granskas").count()).toBe(0);
    }
    await screenshot(first, "claims-board-corrected");
    expect(await seriousA11yViolations(first)).toEqual([]);
  });

  it("measures board render time with 500 claims", async () => {
    const incidentPath = new URL(boardUrl).pathname.replace(/\/claims$/, "");
    await first.goto(boardUrl);
    await first.locator('.claims-board[data-ready="true"]').waitFor();
    const newBefore = await columnCount(first, "Nya");
    const severities = ["low", "medium", "high", "critical"] as const;
    for (let batch = 0; batch < 25; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const n = batch * 20 + i;
          const res = await first.request.post(`${e2e.url}/api${incidentPath}/claims`, {
            data: {
              text: `Påstående nummer ${n} om vattnet i kvarter ${n % 37}`,
              sourceChannel: "social",
              severity: severities[n % 4],
              reach: "low",
            },
          });
          expect(res.status()).toBe(201);
        }),
      );
    }
    const timings: number[] = [];
    for (let run = 0; run < 3; run++) {
      await first.goto(boardUrl);
      await first.locator('.claims-board[data-ready="true"]').waitFor({ timeout: 30_000 });
      await first
        .getByRole("region", { name: /^Nya/ })
        .getByText(`(${newBefore + 500} st)`)
        .waitFor();
      timings.push(await first.evaluate(() => performance.getEntriesByName("claims-board-ready")[0]?.startTime ?? NaN));
    }
    const cards = await first.locator(".claim-card").count();
    console.log(
      `board with ${cards} claims, navigation start → board ready (list fetched and rendered): ${timings.map((x) => Math.round(x)).join(", ")} ms`,
    );
    expect(cards).toBeGreaterThanOrEqual(500);
    // The viewport only: the whole 500-card page is ~230,000 px tall and its full-page capture takes ~30 s.
    await screenshot(first, "claims-board-500", { fullPage: false });
    // Generous bound for a loaded 2-core machine; the figure itself is reported above.
    expect(Math.min(...timings)).toBeLessThan(10_000);
  });
});
