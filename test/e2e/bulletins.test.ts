import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { approveAndOpenPublish, confirmPublish } from "./lib/publish.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1400, height: 900 });

async function meter(page: Page, name: string): Promise<number> {
  return Number(await page.getByRole("meter", { name, exact: true }).getAttribute("aria-valuenow"));
}

const HEADLINE = `Koka vattnet i Centrum ${Date.now()}`;

interface Sample {
  dom: number;
  frame: number;
}

/** In the page: time each trusted keydown on the body field to the DOM update (a microtask after React's
 *  synchronous render of the discrete input event) and to the next animation frame. */
const INSTALL_KEY_TIMER = `(() => {
  const area = document.querySelectorAll(".editor-text-fields textarea")[1];
  window.__samples = [];
  let pending = null;
  area.addEventListener("keydown", (e) => { pending = e.timeStamp; });
  area.addEventListener("input", () => {
    const start = pending;
    if (start === null) return;
    queueMicrotask(() => {
      const dom = performance.now() - start;
      requestAnimationFrame(() => window.__samples.push({ dom, frame: performance.now() - start }));
    });
  });
})()`;

/** In the page: 50 input events dispatched from script, each timed to the DOM update and the next frame. */
const DISPATCH_AND_TIME = `(async () => {
  const area = document.querySelectorAll(".editor-text-fields textarea")[1];
  const sms = document.querySelector('[data-testid="sms-count"]');
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
  const out = [];
  for (let i = 0; i < 50; i++) {
    // Start at a random point of the frame, as a keystroke would.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, Math.random() * 16)));
    const before = sms.textContent;
    const t0 = performance.now();
    setter.call(area, area.value + "b");
    area.dispatchEvent(new Event("input", { bubbles: true }));
    await Promise.resolve();
    if (sms.textContent === before) throw new Error("gauges not updated in the same task");
    const dom = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(r));
    out.push({ dom, frame: performance.now() - t0 });
  }
  return out;
})()`;

describe("bulletins from draft to public in Chromium", () => {
  let editorUrl = "";
  let incidentId = "";

  it("a communicator drafts a bulletin, sees the factual gauge drop at a hedge word, and submits it", async () => {
    const page = await e2e.signedIn("communicator");
    await page
      .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
      .first()
      .click();
    await page.getByRole("heading", { name: "Meddelanden" }).waitFor();
    await page.getByRole("link", { name: "Nytt meddelande", exact: true }).click();
    await page.getByRole("heading", { name: "Nytt meddelande", exact: true, level: 1 }).waitFor();

    await page.getByLabel("Rubrik").fill(HEADLINE);
    const body = page.getByLabel("Vad har hänt");
    await body.fill("Kommunen har hittat bakterier i dricksvattnet i Centrum enligt VA-laboratoriet.");
    await page
      .getByLabel("Vad ska man göra")
      .fill(
        "Koka vattnet i minst tre minuter. Mer information finns på exempelby.se/vatten. Nästa uppdatering kommer kl. 15.00.",
      );
    await page.getByRole("checkbox", { name: /Huvudvattenledningen/ }).check();
    const before = await meter(page, "Saklig");

    await body.press("End");
    await page.keyboard.type(" Orsaken är troligen");
    const atHedge = await meter(page, "Saklig");
    await page.keyboard.type(" ett rörbrott.");
    console.log(`factual gauge: ${before} before the hedge word, ${atHedge} once 'troligen' is typed`);
    expect(atHedge).toBeLessThan(before);
    await page
      .getByRole("button", { name: /Visa i texten: ”troligen”/ })
      .first()
      .waitFor();

    await page.getByRole("button", { name: "Spara utkast" }).first().click();
    await page.getByRole("heading", { name: "Redigera meddelande", level: 1 }).waitFor();
    editorUrl = page.url();
    incidentId = editorUrl.split("/incidents/")[1]?.split("/")[0] ?? "";
    expect(editorUrl).toMatch(/\/incidents\/[0-9a-f-]{36}\/bulletins\/[0-9a-f-]{36}$/);
    await page
      .getByRole("button", { name: /Visa i texten: ”troligen”/ })
      .first()
      .hover();
    await screenshot(page, "bulletins-editor");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Skicka till granskning" }).click();
    await page.getByText("Meddelandet är skickat till granskning.").waitFor();
    await page.locator(".editor-head .badge", { hasText: "Granskas" }).waitFor();
  });

  it("a lead in a second context sees it in the inbox, approves and publishes; the first console follows live", async () => {
    const author = await e2e.signedIn("communicator");
    await author.goto(`${e2e.url}${new URL(editorUrl).pathname}`);
    await author.getByRole("heading", { name: "Redigera meddelande", level: 1 }).waitFor();

    const lead = await e2e.signedIn("lead");
    await lead.getByTestId("inbox-count").waitFor();
    await lead.getByRole("link", { name: /^Granska/ }).click();
    await lead.getByRole("heading", { name: "Att granska", level: 1 }).waitFor();
    // The headline inside the name is tagged with its language (hidden words around it, not an aria-label, which
    // cannot carry one); Chromium puts a space between hidden and visible words when it computes the name.
    const item = lead.getByRole("link", { name: new RegExp(`^Granska ”\\s?${HEADLINE}\\s?”$`) });
    await item.waitFor();
    await screenshot(lead, "bulletins-inbox");
    expect(await seriousA11yViolations(lead)).toEqual([]);
    await item.click();

    const dialog = await approveAndOpenPublish(lead, "Kokningsrådet måste ut nu.");
    await screenshot(lead, "bulletins-publish-dialog");
    const clicked = Date.now();
    await confirmPublish(lead, dialog);

    // The author's editor follows without a reload, and the overview clock shows the publish.
    await author.locator(".editor-head .badge", { hasText: "Publicerat" }).waitFor({ timeout: 5_000 });
    console.log(`published status visible in the author's console ${Date.now() - clicked} ms after the click`);
    await screenshot(author, "bulletins-author-after-publish");
    await lead.getByRole("link", { name: /Till händelsen/ }).click();
    await lead.getByText(/Senast publicerat: just nu/).waitFor();
    await screenshot(lead, "bulletins-overview-after-publish");
  });

  it("a third context without login sees the bulletin on the public page, which passes axe", async () => {
    const page = await e2e.newPage();
    const response = await page.goto(`${e2e.url}/public/incidents/${incidentId}`);
    expect(response?.status()).toBe(200);
    await page.getByRole("heading", { name: HEADLINE }).waitFor();
    await screenshot(page, "bulletins-public");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("retracting a cited fact marks the bulletin stale on the author's screen and notifies the author", async () => {
    const author = await e2e.signedIn("communicator");
    await author.goto(`${e2e.url}/incidents/${incidentId}`);
    const item = author.locator(".bulletin-item", { hasText: HEADLINE });
    await item.waitFor();
    expect(await item.getByText("Inaktuellt", { exact: true }).count()).toBe(0);

    const lead = await e2e.signedIn("lead");
    await lead.goto(`${e2e.url}/incidents/${incidentId}`);
    await lead.getByRole("button", { name: /^Ändra uppgiften: Huvudvattenledningen/ }).click();
    const form = lead.getByRole("form", { name: "Ändra uppgift" });
    await form.getByLabel("Status").selectOption("retracted");
    await form.getByRole("button", { name: "Spara ändring" }).click();
    await lead.getByText(/Uppgiften är sparad som version/).waitFor();

    await item.getByText("Inaktuellt", { exact: true }).waitFor({ timeout: 5_000 });
    const toast = author.locator(".toast").first();
    await toast.waitFor({ timeout: 5_000 });
    await screenshot(author, "bulletins-stale-notification");
    expect(await seriousA11yViolations(author)).toEqual([]);
    await toast.getByRole("link", { name: "Öppna meddelandet" }).click();
    await author.getByRole("heading", { name: "Meddelandet är inaktuellt" }).waitFor();
    await author
      .locator(".stale-notice")
      .getByText(/en uppgift har dragits tillbaka/)
      .waitFor();
    await screenshot(author, "bulletins-stale-editor");
  });

  it("measures keystroke to updated gauges for a 500-word bulletin", async () => {
    const page = await e2e.signedIn("communicator");
    await page.goto(`${e2e.url}/incidents/${incidentId}/bulletins/new`);
    const body = page.getByLabel("Vad har hänt");
    await body.waitFor();
    const sentence =
      "Kommunen har hittat bakterier i dricksvattnet i Centrum och Söder enligt VA-laboratoriet och vattnet ska kokas. ";
    let text = "";
    while (text.split(/\s+/).filter(Boolean).length < 500) text += sentence;
    await body.fill(text);
    await page.getByLabel("Rubrik").fill("Koka vattnet");
    await body.press("End");

    // Real key presses (CDP → the browser's input pipeline): from the keydown's timestamp to the SMS count and
    // gauges being updated in the DOM, and to the next animation frame (when that update is painted).
    await page.evaluate(INSTALL_KEY_TIMER);
    const sms = page.getByTestId("sms-count");
    for (let i = 0; i < 50; i++) {
      const before = await sms.textContent();
      await page.keyboard.press(i % 10 === 9 ? "Space" : "a");
      // Function predicates, not strings: a string is compiled with eval in the page, which the console's CSP
      // (script-src 'self') refuses once the wait has to poll.
      await page.waitForFunction(
        (previous) => document.querySelector('[data-testid="sms-count"]')?.textContent !== previous,
        before,
      );
    }
    await page.waitForFunction(() => (window as unknown as { __samples: unknown[] }).__samples.length >= 50);
    const samples = (await page.evaluate("window.__samples")) as Sample[];
    // The brief's method as well: an input event dispatched from script, timed to the DOM update and the next frame.
    const dispatched = (await page.evaluate(DISPATCH_AND_TIME)) as Sample[];

    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)] ?? NaN;
    };
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
    const words = text.split(/\s+/).filter(Boolean).length;
    const report = {
      words,
      keypress: {
        domMedianMs: median(samples.map((s) => s.dom)),
        domP95Ms: p95(samples.map((s) => s.dom)),
        frameMedianMs: median(samples.map((s) => s.frame)),
      },
      dispatched: {
        domMedianMs: median(dispatched.map((s) => s.dom)),
        domP95Ms: p95(dispatched.map((s) => s.dom)),
        frameMedianMs: median(dispatched.map((s) => s.frame)),
      },
    };
    console.log(`keystroke → gauges, ${words}-word bulletin, 50 keystrokes each:\n${JSON.stringify(report, null, 2)}`);
    await screenshot(page, "bulletins-editor-500-words");
    // Generous bound for a loaded 2-core machine; the target (one frame, 16 ms) is reported above.
    expect(report.keypress.domMedianMs).toBeLessThan(100);
    expect(report.dispatched.domMedianMs).toBeLessThan(100);
  });
});
