/**
 * First-load benchmark in Chromium: what a cold browser (empty cache, new context) downloads to
 * show the login page, and how long a signed-in cold load of an incident overview takes until it is usable (its
 * heading, clock and log are on screen).
 *
 *   npm run build && npm run bench:firstload -- [--rounds 5]
 *
 * Bytes are what crossed the wire (Chromium's encodedDataLength: headers plus the body as sent, compressed or not),
 * summed over every response until the network has been idle for 500 ms.
 * Chromium offers brotli to 127.0.0.1 over plain HTTP (`gzip, deflate, br, zstd`), as it does over HTTPS elsewhere.
 */
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../e2e/lib/browser.js";
import { freePort, login, startKrisrum } from "./lib/processes.js";
import { percentile, round } from "./lib/stats.js";

const { values: args } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const ROUNDS = Number(args.rounds);
const PASSWORD = "bench-password-1";

interface Transfer {
  total: number;
  byType: Record<string, number>;
  requests: number;
}

/** Counts the bytes each response put on the wire, by resource type, through the DevTools protocol. */
async function countTransfer(page: Page): Promise<() => Transfer> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const types = new Map<string, string>();
  const transfer: Transfer = { total: 0, byType: {}, requests: 0 };
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId) ?? "Other";
    transfer.total += e.encodedDataLength;
    transfer.byType[type] = (transfer.byType[type] ?? 0) + e.encodedDataLength;
    transfer.requests += 1;
  });
  return () => transfer;
}

/**
 * An init script for every page of a context: records (as `window.__krisrumReadyAt`, ms after navigation start) the
 * animation frame in which the page is first ready, checked on every DOM change. Playwright's own waits poll at 0,
 * 20, 70, 170, 270 and 770 ms after `load`, so they see a page 60–400 ms after it is there; the page's clock does
 * not. Plain JavaScript, not a stringified TypeScript function: the transpiler may wrap functions in helpers.
 */
const recordReady = (ready: string) => `(() => {
  const ready = () => ${ready};
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending || window.__krisrumReadyAt !== undefined || !ready()) return;
    pending = true;
    requestAnimationFrame(() => {
      window.__krisrumReadyAt = performance.now();
      observer.disconnect();
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const loginReady = recordReady(
  `[...document.querySelectorAll("button")].some((b) => b.textContent.trim() === "Logga in")`,
);

// The overview is usable when its heading, the incident clock, the log's heading and a first log entry are there.
const overviewReady = recordReady(`document.querySelector("li.timeline-item") !== null &&
    document.querySelector("h1") !== null &&
    [...document.querySelectorAll("h1, h2, h3")].some((h) => h.textContent.trim() === "Loggbok") &&
    document.body.textContent.includes("Tid sedan start")`);

/** The page's own record; polled with `evaluate` (the console's CSP forbids the eval `waitForFunction` uses). */
async function readyAt(page: Page): Promise<number> {
  for (let i = 0; i < 500; i++) {
    const at = await page.evaluate(() => (window as unknown as { __krisrumReadyAt?: number }).__krisrumReadyAt);
    if (at !== undefined) return at;
    await page.waitForTimeout(20);
  }
  throw new Error("the page never recorded that it was ready");
}

async function coldLogin(browser: Browser, url: string): Promise<{ transfer: Transfer; ms: number }> {
  const context = await browser.newContext({ locale: "sv-SE" });
  try {
    await context.addInitScript(loginReady);
    const page = await context.newPage();
    const transfer = await countTransfer(page);
    await page.goto(`${url}/login`);
    await page.getByRole("button", { name: "Logga in" }).waitFor();
    const ms = await readyAt(page);
    await page.waitForLoadState("networkidle");
    return { transfer: transfer(), ms };
  } finally {
    await context.close();
  }
}

async function coldOverview(
  browser: Browser,
  url: string,
  incidentId: string,
): Promise<{ transfer: Transfer; ms: number }> {
  const context = await browser.newContext({ locale: "sv-SE" });
  try {
    // The context's request client shares its cookie jar: the page is signed in, and its cache is still empty.
    const res = await context.request.post(`${url}/api/auth/login`, {
      data: { username: "communicator", password: PASSWORD },
    });
    if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
    await context.addInitScript(overviewReady);
    const page = await context.newPage();
    const transfer = await countTransfer(page);
    await page.goto(`${url}/incidents/${incidentId}`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.getByText("Tid sedan start").waitFor();
    await page.getByRole("heading", { name: "Loggbok" }).waitFor();
    await page.locator("li.timeline-item").first().waitFor();
    const ms = await readyAt(page);
    await page.waitForLoadState("networkidle");
    return { transfer: transfer(), ms };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => round(percentile(values, 50), 1);
const kb = (bytes: number) => round(bytes / 1024, 1);

async function main() {
  const server = await startKrisrum(await freePort(), { KRISRUM_DEMO_PASSWORD: PASSWORD });
  const url = server.url;
  const browser = await launchChromium();
  try {
    const cookie = await login(server.url, "communicator", PASSWORD);
    const { incidents } = (await (await fetch(`${server.url}/api/incidents`, { headers: { cookie } })).json()) as {
      incidents: Array<{ id: string }>;
    };
    const incidentId = incidents[0]?.id;
    if (!incidentId) throw new Error("the demo seed has no incident");

    // One warm-up of each, so the server's own caches and Chromium's process start are not in the first round.
    await coldLogin(browser, url);
    await coldOverview(browser, url, incidentId);

    const logins: Array<{ transfer: Transfer; ms: number }> = [];
    const overviews: Array<{ transfer: Transfer; ms: number }> = [];
    for (let i = 0; i < ROUNDS; i++) {
      logins.push(await coldLogin(browser, url));
      overviews.push(await coldOverview(browser, url, incidentId));
    }
    const typeNames = [...new Set(logins.flatMap((l) => Object.keys(l.transfer.byType)))].sort();
    const report = {
      rounds: ROUNDS,
      login: {
        transferredKB: kb(median(logins.map((l) => l.transfer.total))),
        requests: median(logins.map((l) => l.transfer.requests)),
        byTypeKB: Object.fromEntries(
          typeNames.map((t) => [t, kb(median(logins.map((l) => l.transfer.byType[t] ?? 0)))]),
        ),
        toFormMs: median(logins.map((l) => l.ms)),
      },
      overview: {
        transferredKB: kb(median(overviews.map((o) => o.transfer.total))),
        requests: median(overviews.map((o) => o.transfer.requests)),
        toUsableMs: median(overviews.map((o) => o.ms)),
        toUsableMsAll: overviews.map((o) => round(o.ms, 0)),
      },
    };
    console.log(
      `login page, cold: ${report.login.transferredKB} KB in ${report.login.requests} requests (target < 120 KB), form after ${report.login.toFormMs} ms`,
    );
    console.log(
      `incident overview, cold and signed in: usable after ${report.overview.toUsableMs} ms (target < 500 ms), ${report.overview.transferredKB} KB`,
    );
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
