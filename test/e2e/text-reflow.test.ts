/**
 * Text that must stay whole in Chromium: another incident's name on an FAQ hit is shown in full, not cut off with an
 * ellipsis (WCAG 1.4.10), and a claim's everyday words are not split on the claims board with the reader's own text
 * spacing (WCAG 1.4.12).
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Claim, FaqEntry, Incident } from "../../shared/index.js";
import { jsonApi } from "./lib/api.js";
import { screenshot } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1280, height: 800 });
const api = jsonApi(() => e2e.url);

/** The text spacing WCAG 1.4.12 asks content to survive, as a reader's style sheet sets it. */
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } " +
  "p { margin-bottom: 2em !important }";

/** The longest everyday word the board makes room for ("reningstabletter"); longer compounds may break. */
const ORDINARY_WORD_LETTERS = 16;

describe("an FAQ hit from another incident", () => {
  it("names that incident in full, so two incidents whose names begin alike can be told apart", async () => {
    const [lead, communicator, agent] = [
      await e2e.signedIn("lead"),
      await e2e.signedIn("communicator"),
      await e2e.signedIn("agent"),
    ];
    const incidents = await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents");
    const water = incidents.incidents.find((i) => /Kokningsrekommendation/u.test(i.title));
    expect(water).toBeDefined();
    const titles = [
      "Storm Gorm – elavbrott i norra kommunen och stängda vägar",
      "Storm Gorm – elavbrott i södra kommunen och stängda skolor",
    ];
    for (const [i, title] of titles.entries()) {
      const storm = await api<Incident>(lead.request, "post", "/api/incidents", { title, severity: "severe" }, 201);
      const draft = await api<FaqEntry>(
        communicator.request,
        "post",
        "/api/faq",
        {
          incidentId: storm.id,
          question: `När kommer strömmen tillbaka i ${i === 0 ? "norra" : "södra"} kommunen efter elavbrottet?`,
          answer: "Elbolaget räknar med att strömmen är tillbaka i kväll. Nästa besked kommer klockan 18.",
        },
        201,
      );
      const submitted = await api<FaqEntry>(communicator.request, "post", `/api/faq/${draft.id}/submit`, {
        expectedVersion: draft.version,
      });
      const approved = await api<FaqEntry>(lead.request, "post", `/api/faq/${draft.id}/approve`, {
        expectedVersion: submitted.version,
      });
      await api(lead.request, "post", `/api/faq/${draft.id}/publish`, { expectedVersion: approved.version });
    }

    await agent.goto("/contact");
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    await agent.getByLabel("Byt händelse").selectOption(water?.id ?? "");
    await agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).fill("strömmen tillbaka elavbrottet");
    const scopes = agent.getByRole("listbox", { name: /Träffar i FAQ:n/ }).locator(".hit-scope");
    await expect.poll(() => scopes.count()).toBe(2);

    // Both names, in whichever order the two equal hits come.
    expect((await scopes.allTextContents()).sort()).toEqual(titles.map((title) => `Från ”${title}”`).sort());
    for (const scope of await scopes.all()) {
      // Nothing of it clipped: all of its text is drawn inside its box, and its box inside the hit.
      const clipped = await scope.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(clipped, `"${await scope.textContent()}" is cut off`).toBeLessThanOrEqual(0);
      const [box, hit] = [await scope.boundingBox(), await scope.locator("xpath=ancestor::li[1]").boundingBox()];
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((hit?.x ?? 0) + (hit?.width ?? 0));
    }
    await screenshot(agent, "faq-hits-other-incidents", { fullPage: false });
  });
});

/** Everyday words (up to 16 letters) of every claim text on the page that are drawn on more than one line. */
function brokenWords(page: Page): Promise<{ words: number; broken: string[] }> {
  return page.evaluate((maxLetters) => {
    type Rect = { top: number };
    type Node = { textContent: string | null };
    const doc = (
      globalThis as unknown as {
        document: {
          querySelectorAll(s: string): ArrayLike<unknown>;
          createTreeWalker(root: unknown, what: number): { nextNode(): Node | null };
          createRange(): {
            setStart(n: Node, o: number): void;
            setEnd(n: Node, o: number): void;
            getClientRects(): ArrayLike<Rect>;
          };
        };
      }
    ).document;
    const broken: string[] = [];
    let words = 0;
    for (const p of Array.from(doc.querySelectorAll(".claim-card .claim-text"))) {
      const walker = doc.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? "").matchAll(/\p{L}+/gu)) {
          if (m[0].length > maxLetters) continue;
          words++;
          const range = doc.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) broken.push(m[0]);
        }
      }
    }
    return { words, broken };
  }, ORDINARY_WORD_LETTERS);
}

describe("the claims board with WCAG 1.4.12 text spacing", () => {
  it("splits no everyday word of a claim, at 1280 and 1366 px, and keeps the page from scrolling sideways", async () => {
    const [lead, communicator] = [await e2e.signedIn("lead"), await e2e.signedIn("communicator")];
    const incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: "Vattenläcka i Norrby (textavstånd)", severity: "severe" },
      201,
    );
    const texts = [
      "Apoteket har slut på reningstabletter",
      "Dricksvattnet i flaskor säljs slut överallt",
      "Avloppsvattnet har läckt ut i sjön",
      "Kokningsrekommendationen gäller hela kommunen",
      "Reningstabletter",
    ];
    for (const [i, text] of texts.entries()) {
      const claim = await api<Claim>(
        communicator.request,
        "post",
        `/api/incidents/${incident.id}/claims`,
        { text, sourceChannel: "social", severity: "high", reach: "low" },
        201,
      );
      // Cards in two columns, with different action sets.
      if (i % 2 === 1) await api(communicator.request, "post", `/api/claims/${claim.id}/take`, {});
    }
    const page = communicator;
    for (const width of [1280, 1366]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/incidents/${incident.id}/claims`);
      await page.locator('.claims-board[data-ready="true"]').waitFor();
      await page.addStyleTag({ content: TEXT_SPACING });
      const { words, broken } = await brokenWords(page);
      expect(words).toBeGreaterThan(20);
      expect(broken, `words split at ${width} px`).toEqual([]);
      expect(
        await page.locator("html").evaluate((html) => html.scrollWidth),
        "the page scrolls sideways",
      ).toBeLessThanOrEqual(width);
      await screenshot(page, `claims-board-text-spacing-words-${width}`, { fullPage: false });
    }
  });
});
