/**
 * The frame every browser test file shares: the built server and Debian's Chromium, started once for the file and
 * torn down after it; browser contexts in Swedish at the file's viewport; signing in through the login form.
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser.js";
import { DEMO_PASSWORD, startBuiltServer, type RunningServer } from "./server.js";

/** The console is Swedish first; the browser says so too (Accept-Language, Intl defaults). */
export const LOCALE = "sv-SE";

export interface Viewport {
  width: number;
  height: number;
}

export interface E2E {
  /** The server's base URL, e.g. http://127.0.0.1:41234; set once the file's beforeAll has run. */
  readonly url: string;
  /** A page in a new browser context (Swedish, the file's viewport, relative URLs against the server), closed after the file at the latest. */
  newPage(): Promise<Page>;
  /** A page in a new browser context, signed in as `username`. */
  signedIn(username: string, password?: string): Promise<Page>;
}

/**
 * Signs in through the login form and waits until the login page has let the user in (each role then lands on its
 * own start page, see landing.test.ts). The page's context must have the server as its base URL (every context from
 * `startE2E` has).
 */
export async function signInOnly(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Användarnamn").fill(username);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Signs in and opens the incident list, where most browser tests start. */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORD): Promise<void> {
  await signInOnly(page, username, password);
  await page.goto("/incidents");
  await page.getByRole("heading", { name: "Händelser", level: 1 }).waitFor();
}

/**
 * Registers the file's beforeAll/afterAll: call once at the top of a test file. `env`: extra server settings (e.g.
 * e-mail, so the public subscription form is served).
 */
export function startE2E(viewport: Viewport, env: Record<string, string> = {}): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Side by side: the server's start (a Node process, its migrations and demo seed) and Chromium's launch each take
    // a second or more and wait on nothing of each other's.
    const [started, launched] = await Promise.allSettled([startBuiltServer(env), launchChromium()]);
    if (started.status === "fulfilled") server = started.value;
    if (launched.status === "fulfilled") browser = launched.value;
    if (started.status === "rejected") throw started.reason;
    if (launched.status === "rejected") throw launched.reason;
  });

  afterAll(async () => {
    // A context a test already closed rejects a second close; that is fine.
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  const started = (): { server: RunningServer; browser: Browser } => {
    if (server === undefined || browser === undefined) throw new Error("startE2E: used before its beforeAll ran");
    return { server, browser };
  };

  const newPage = async (): Promise<Page> => {
    const { server, browser } = started();
    const context = await browser.newContext({ viewport, locale: LOCALE, baseURL: server.url });
    contexts.push(context);
    return context.newPage();
  };

  return {
    get url() {
      return started().server.url;
    },
    newPage,
    async signedIn(username, password) {
      const page = await newPage();
      await signIn(page, username, password);
      return page;
    },
  };
}
