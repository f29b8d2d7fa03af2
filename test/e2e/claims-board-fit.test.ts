import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Claim, Incident } from "../../shared/index.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { jsonApi } from "./lib/api.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const api = jsonApi(() => e2e.url);

// Everyday words of a water crisis, some long ("reningstabletter" was broken mid-word at 1366 px).
const TEXTS = [
  "Apoteket har slut på reningstabletter",
  "Vattnet i Norrby är förgiftat",
  "Skolorna stänger i morgon",
  "Kokningsrekommendationen gäller hela kommunen",
  "Tankbilarna kör bara till villaområden",
  "Badhuset stänger i en månad",
  "Dricksvattnet i flaskor säljs slut överallt",
  "Sjukhuset tar inte emot fler patienter",
  "Avloppsvattnet har läckt ut i sjön",
  "Brandkåren spolar gatorna med sjövatten",
];

/** The text spacing WCAG 1.4.12 asks content to survive, as a reader's style sheet sets it. */
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } " +
  "p { margin-bottom: 2em !important }";

type Box = { left: number; right: number; top: number; bottom: number };
interface CardReport {
  card: Box;
  /** Descendants that stick out of their card sideways, described. */
  outside: string[];
  /** Words of the claim text drawn on more than one line. */
  brokenWords: string[];
  /** How many words were measured (so an empty measurement cannot pass). */
  words: number;
}

/** Measures every card in the page: what sticks out of it, and which words of its text were broken. */
function measureCards(page: Page): Promise<CardReport[]> {
  return page.evaluate(() => {
    type El = {
      getBoundingClientRect(): Box;
      querySelectorAll(s: string): ArrayLike<El>;
      tagName: string;
      className: string;
      textContent: string | null;
      firstChild: unknown;
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
    };
    const doc = (
      globalThis as unknown as {
        document: {
          querySelectorAll(s: string): ArrayLike<El>;
          createRange(): {
            setStart(n: unknown, o: number): void;
            setEnd(n: unknown, o: number): void;
            getClientRects(): ArrayLike<Box>;
          };
        };
      }
    ).document;
    const style = (
      globalThis as unknown as { getComputedStyle(e: El): { position: string; clip: string; width: string } }
    ).getComputedStyle;
    return Array.from(doc.querySelectorAll(".claim-card")).map((card) => {
      const c = card.getBoundingClientRect();
      const outside = Array.from(card.querySelectorAll("*"))
        .filter((el) => {
          const s = style(el);
          if (s.position === "absolute" && s.clip.startsWith("rect(0")) return false; // visually-hidden text
          const r = el.getBoundingClientRect();
          return r.right > c.right + 0.5 || r.left < c.left - 0.5;
        })
        .map((el) => `${el.tagName}.${el.className} “${(el.textContent ?? "").slice(0, 30)}”`);
      const brokenWords: string[] = [];
      let words = 0;
      const p = card.querySelectorAll(".claim-text")[0];
      // Every text node of the claim text (JSX makes the quotes separate nodes); normal words are up to 16 letters
      // ("reningstabletter"): a longer compound may break where a card cannot hold it.
      for (const node of Array.from(p?.childNodes ?? []).filter((n) => n.nodeType === 3)) {
        const value = node.textContent ?? "";
        for (const m of value.matchAll(/[\p{L}]+/gu)) {
          if (m[0].length > 16) continue;
          words++;
          const range = doc.createRange();
          range.setStart(node, m.index ?? 0);
          range.setEnd(node, (m.index ?? 0) + m[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (lines.size > 1) brokenWords.push(m[0]);
        }
      }
      return { card: { left: c.left, right: c.right, top: c.top, bottom: c.bottom }, outside, brokenWords, words };
    });
  });
}

describe("the claims board at 1366×768 with 30 claims", () => {
  let page: Page;

  it("fits: no element wider than its card, no normal word broken, the first cards above the fold", async () => {
    const lead = await e2e.signedIn("lead");
    const communicator = await e2e.signedIn("communicator");
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Vattenläcka i Norrby", severity: "severe", affectedAreas: ["Norrby"] },
      201,
    );
    const severities = ["low", "medium", "high", "critical"] as const;
    for (let i = 0; i < 30; i++) {
      const claim = await api<Claim>(
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
      );
      // A third taken, so three columns have cards with different action sets.
      if (i % 3 === 1) await api(communicator.request, "post", `/api/claims/${claim.id}/take`, {});
    }
    page = communicator;
    await page.goto(`/incidents/${incident.id}/claims`);
    await page.locator('.claims-board[data-ready="true"]').waitFor();
    expect(await page.locator(".claim-card").count()).toBe(30);

    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
          .scrollWidth,
    );
    expect(width, "the page scrolls sideways").toBeLessThanOrEqual(1366);
    const boardOverflow = await page.locator(".claims-board").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(boardOverflow, "the board scrolls sideways").toBeLessThanOrEqual(0);

    const cards = await measureCards(page);
    expect(cards).toHaveLength(30);
    for (const c of cards) {
      expect(c.outside, "elements wider than their card").toEqual([]);
      expect(c.brokenWords, "words broken mid-word").toEqual([]);
      expect(c.words).toBeGreaterThan(2);
    }
    // The logging form is folded away: the first row of cards starts above the fold.
    expect(Math.min(...cards.map((c) => c.card.top))).toBeLessThan(768 - 100);
    const logButton = page.getByRole("button", { name: "Logga nytt rykte" });
    expect(await logButton.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByLabel("Påståendet, som det syns").count()).toBe(0);
    await screenshot(page, "claims-board-1366", { fullPage: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("opens a card's actions from the keyboard and closes them with Escape", async () => {
    const card = page.locator(".claim-card").first();
    const more = card.getByRole("button", { name: "Fler åtgärder" });
    await more.focus();
    await page.keyboard.press("Enter");
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    const menu = page.locator(`#${(await more.getAttribute("aria-controls"))?.replace(/:/g, "\\:")}`);
    expect(await menu.getByRole("button").allTextContents()).toContain("Bedöm");
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document
            .activeElement?.textContent,
      ),
    ).toBe("Bedöm");
    await screenshot(page, "claims-board-menu-open", { fullPage: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await more.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // Enter on a menu item opens its panel in the card.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await card.getByRole("form").first().waitFor();

    // The logging form unfolds from its one button.
    await page.getByRole("button", { name: "Logga nytt rykte" }).click();
    await page.getByLabel("Påståendet, som det syns").waitFor();
    await screenshot(page, "claims-board-form-open", { fullPage: false });
  });

  it("keeps every card's buttons inside it with WCAG 1.4.12 text spacing at 1280 px", async () => {
    await page.setViewportSize({ width: 1280, height: 768 });
    await page.reload();
    await page.locator('.claims-board[data-ready="true"]').waitFor();
    await page.addStyleTag({ content: TEXT_SPACING });
    const cards = await measureCards(page);
    expect(cards).toHaveLength(30);
    // "Fler åtgärder ▾" and "Öppna rättelsen" wrap inside the card instead of sticking out of it. (The columns widen
    // for the claims' everyday words, which stay whole: text-reflow.test.ts.)
    for (const c of cards) expect(c.outside, "elements wider than their card").toEqual([]);
    expect(
      await page.locator("html").evaluate((html) => html.scrollWidth),
      "the page scrolls sideways",
    ).toBeLessThanOrEqual(1280);
    await screenshot(page, "claims-board-text-spacing", { fullPage: false });
  });
});
