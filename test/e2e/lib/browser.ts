import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const require = createRequire(import.meta.url);
export const screenshotDir = resolve(import.meta.dirname, "../../../test-results");

/** The Chromium the tests drive: KRISRUM_CHROMIUM (CHROMIUM_PATH, its older name), else Debian's; never a downloaded one. */
export const chromiumPath = () => process.env.KRISRUM_CHROMIUM || process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Flags for running as root on a closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

let axeSourceCache: string | undefined;
function axeSource(): string {
  axeSourceCache ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return axeSourceCache;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate, not addScriptTag: the app's CSP rightly forbids inline scripts, and DevTools evaluation is exempt.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    // Runs in the page; the test tsconfig has no DOM types, so reach the globals through globalThis.
    const page = globalThis as unknown as {
      document: unknown;
      axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await page.axe.run(page.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
