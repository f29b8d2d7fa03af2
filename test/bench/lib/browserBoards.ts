/**
 * Real claims boards in Chromium for the claims benchmark: each page is a communicator's /incidents/:id/claims in
 * its own browser context, watched by a MutationObserver that stamps when a claim card (`li.claim-card`, keyed by
 * its `data-claim-id`) first enters the DOM, in wall-clock ms (`performance.timeOrigin + performance.now()`,
 * comparable with lib/stats.ts `nowMs` on the same machine). The observer is installed with page.evaluate because
 * the app's CSP forbids inline scripts.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../e2e/lib/browser.js";

export interface Board {
  page: Page;
  /** claim id → wall-clock ms at which its card first was in the DOM. */
  seen(): Promise<Record<string, number>>;
  /** The claim's text as its card shows it, or null without a card. */
  cardText(claimId: string): Promise<string | null>;
}

export interface Boards {
  boards: Board[];
  close(): Promise<void>;
}

interface Watched {
  __benchSeen?: Record<string, number>;
}

/**
 * Page-side code as plain JavaScript: a function passed to page.evaluate would be transpiled by tsx, whose helper
 * for named inner functions (`__name`) does not exist in the page.
 */
const INSTALL_OBSERVER = `(() => {
  const seen = {};
  window.__benchSeen = seen;
  const stamp = (el) => {
    const id = el.getAttribute("data-claim-id");
    if (id && !(id in seen)) seen[id] = performance.timeOrigin + performance.now();
  };
  // Cards already on the board are not new.
  for (const el of document.querySelectorAll("li.claim-card")) stamp(el);
  for (const id of Object.keys(seen)) seen[id] = Number.NaN;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches("li.claim-card")) stamp(node);
        for (const el of node.querySelectorAll("li.claim-card")) stamp(el);
      }
  }).observe(document.body, { childList: true, subtree: true });
})()`;

async function openBoard(
  browser: Browser,
  contexts: BrowserContext[],
  url: string,
  boardPath: string,
  username: string,
  password: string,
): Promise<Board> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  contexts.push(context);
  // The context's request client shares its cookie jar, so this signs the pages in.
  const res = await context.request.post(`${url}/api/auth/login`, { data: { username, password } });
  if (!res.ok()) throw new Error(`browser login as ${username} failed: ${res.status()}`);
  const page = await context.newPage();
  page.on("pageerror", (err) => console.error(`board ${username}: ${err.message}`));
  await page.goto(`${url}${boardPath}`);
  await page.locator('.claims-board[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.evaluate(INSTALL_OBSERVER);
  return {
    page,
    seen: () => page.evaluate(() => ({ ...((window as unknown as Watched).__benchSeen ?? {}) })),
    cardText: (claimId) =>
      page.evaluate(
        (id) => document.querySelector(`li.claim-card[data-claim-id="${id}"] .claim-text`)?.textContent ?? null,
        claimId,
      ),
  };
}

/** Opens one board per account, one after the other (a 2-core machine renders them in turn anyway). */
export async function openBoards(
  url: string,
  boardPath: string,
  accounts: Array<{ username: string; password: string }>,
): Promise<Boards> {
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser.close().catch(() => {});
  };
  try {
    const boards: Board[] = [];
    for (const a of accounts) boards.push(await openBoard(browser, contexts, url, boardPath, a.username, a.password));
    return { boards, close };
  } catch (err) {
    await close();
    throw err;
  }
}
