/**
 * Contact centre in Chromium: an agent searches and logs calls with the keyboard only; in a second
 * context a communicator edits the FAQ answer and the agent's screen shows the change, marked, without a reload.
 * Prints the FAQ-change-to-agent-screen latency and the time to log a routine call.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Inquiry } from "../../shared/schemas/inquiry.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const VIEWPORT = { width: 1366, height: 768 };
const ENTRY = "Måste jag koka vattnet?";
const KEY_DELAY_MS = 100; // a practised agent's typing speed (about 10 keys a second)
const ROUTINE_CALL_BUDGET_MS = 5_000; // the contact centre's target: a routine call logged in under 5 seconds

const e2e = startE2E(VIEWPORT);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Types the caller's words, takes the top answer, keeps the phone channel and saves: keys only. */
async function logRoutineCall(agent: Page, words: string): Promise<{ ms: number; keys: number }> {
  const search = agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
  await expect.poll(() => search.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  const saved = agent.getByText(/^Ärende \d{4}-\d{6} är sparat\.$/);
  const before = (await saved.count()) > 0 ? await saved.textContent() : null;
  const started = Date.now();
  await agent.keyboard.type(words, { delay: KEY_DELAY_MS });
  await agent.getByTestId("answer-text").waitFor();
  await agent.keyboard.press("Enter"); // use the answer shown
  await agent.keyboard.press("1"); // channel: phone
  await agent.keyboard.press("Enter"); // save
  await expect
    .poll(async () => ((await saved.count()) > 0 ? await saved.textContent() : null), { timeout: 10_000 })
    .not.toBe(before);
  return { ms: Date.now() - started, keys: words.length + 3 };
}

describe("contact centre in Chromium", () => {
  it("an agent logs routine calls by keyboard and sees a communicator's FAQ edit at once, marked, without a reload", async () => {
    const agent = await e2e.signedIn("agent");
    await agent.getByRole("link", { name: "Kontaktcenter" }).click();
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    await agent.getByRole("option", { name: new RegExp(ENTRY.replace("?", "\\?")) }).waitFor();
    let reloads = 0;
    agent.on("framenavigated", (frame) => {
      if (frame === agent.mainFrame()) reloads += 1;
    });

    // Routine calls: a few everyday words that the search answers with confidence (a strong hit is pre-selected and
    // pre-fills the log), Enter, 1, Enter. Words it is not sure of get suggestions instead (contact-claims test):
    // "måste jag koka" alone names only the incident's topic, which most of its entries share, so it is a suggestion.
    const calls = [];
    for (const words of ["måste jag koka vattnet", "måste man koka vattnet", "koka vatten måste"])
      calls.push(await logRoutineCall(agent, words));
    const times = calls.map((c) => c.ms);
    console.log(
      `routine call logged by keyboard at ${KEY_DELAY_MS} ms/key: ${calls.map((c) => `${c.keys} keys ${c.ms} ms`).join(", ")}; median ${median(times)} ms`,
    );
    // The median of the three: the first call also pays for cold paths, and on a shared 2-core CI machine one call can
    // run late (5.6 s once, 6 December 2026, beside the rest of the suite); every time is printed above.
    expect(median(times)).toBeLessThan(ROUTINE_CALL_BUDGET_MS);
    const logged = await agent.request.get(`${e2e.url}/api/inquiries?limit=3`);
    const { inquiries } = (await logged.json()) as { inquiries: Inquiry[] };
    expect(inquiries.map((i) => [i.channel, i.resolution, i.question])).toEqual([
      ["phone", "answered_first_contact", "koka vatten måste"],
      ["phone", "answered_first_contact", "måste man koka vattnet"],
      ["phone", "answered_first_contact", "måste jag koka vattnet"],
    ]);
    expect(new Set(inquiries.map((i) => i.faqEntryId)).size).toBe(1);
    expect(inquiries[0]?.faqEntryId).not.toBeNull();
    await screenshot(agent, "contact-centre-agent");
    expect(await seriousA11yViolations(agent)).toEqual([]);

    // The agent has the answer on screen while a communicator edits it in another browser context.
    await agent.keyboard.type("måste jag koka vattnet");
    await agent.getByRole("heading", { name: ENTRY, level: 2 }).waitFor();
    const communicator = await e2e.signedIn("communicator");
    await communicator.goto(`${e2e.url}/faq`);
    await communicator.getByRole("button", { name: new RegExp(ENTRY.replace("?", "\\?")) }).click();
    const answer = communicator.getByRole("textbox", { name: "Svar" });
    await answer.waitFor();
    await screenshot(communicator, "contact-centre-faq-desk");
    expect(await seriousA11yViolations(communicator)).toEqual([]);

    const latencies: number[] = [];
    for (const minutes of ["två", "tre", "fyra"]) {
      const marker = `minst ${minutes} minuter`;
      // The agent's page notes (on the shared system clock) the moment the new words are on screen.
      await agent.evaluate((text) => {
        type El = {
          textContent: string | null;
          cloneNode: (deep: boolean) => El;
          querySelectorAll: (s: string) => Array<{ remove: () => void }>;
        };
        type Observer = { observe: (target: unknown, options: object) => void; disconnect: () => void };
        const w = globalThis as unknown as {
          __seenAt?: number;
          document: { body: unknown; querySelector: (s: string) => El | null };
          MutationObserver: new (callback: () => void) => Observer;
        };
        delete w.__seenAt;
        // The answer as read: without the struck-through words the change removed and the screen-reader labels.
        const now = () => {
          const el = w.document.querySelector('[data-testid="answer-text"]');
          if (!el) return "";
          const copy = el.cloneNode(true);
          copy.querySelectorAll("del, .visually-hidden").forEach((d) => d.remove());
          return copy.textContent ?? "";
        };
        // A DOM observer, not animation frames: a page in a background context gets few or none of those.
        const observer = new w.MutationObserver(() => {
          if (w.__seenAt === undefined && now().includes(text)) {
            w.__seenAt = Date.now();
            observer.disconnect();
          }
        });
        observer.observe(w.document.body, { subtree: true, childList: true, characterData: true });
      }, marker);
      const current = await answer.inputValue();
      await answer.fill(current.replace(/minst (en minut|\S+ minuter)/, marker));
      const clicked = Date.now();
      // The demo incident is an exercise: the communicator publishes the edit in one step (review and staleness).
      await communicator.getByRole("button", { name: "Publicera", exact: true }).click();
      const seenAt = await agent.waitForFunction(
        () => (globalThis as unknown as { __seenAt?: number }).__seenAt,
        null,
        { timeout: 10_000 },
      );
      latencies.push(Number(await seenAt.jsonValue()) - clicked);
      await communicator.getByText("Publicerat. Kontaktcentret ser svaret nu.").waitFor();
    }
    console.log(
      `FAQ change to agent screen (save click → new words in the agent's DOM): ${latencies.join(", ")} ms; median ${median(latencies)} ms`,
    );
    expect(Math.max(...latencies)).toBeLessThan(5_000);

    // Marked as changed, with what changed, until the agent says she has seen it; no reload happened.
    const text = agent.getByTestId("answer-text");
    await expect.poll(() => text.locator("ins").first().textContent()).toContain("fyra minuter");
    expect(await text.locator("del").first().textContent()).toContain("en minut");
    await agent.getByRole("option", { name: /Ändrad/ }).waitFor();
    await screenshot(agent, "contact-centre-changed");
    expect(await seriousA11yViolations(agent)).toEqual([]);
    await agent.getByRole("button", { name: "Jag har sett ändringen" }).click();
    await expect.poll(() => text.locator("ins").count()).toBe(0);
    expect(reloads).toBe(0);

    // The trends panel counts the calls just logged.
    await agent.getByRole("link", { name: "Trender och statistik" }).click();
    await agent.getByRole("heading", { name: "Mest frågat just nu" }).waitFor();
    await agent.getByRole("rowheader", { name: new RegExp(ENTRY.replace("?", "\\?")) }).waitFor();
    await screenshot(agent, "contact-centre-trends");
    expect(await seriousA11yViolations(agent)).toEqual([]);
    await agent.context().close();
    await communicator.context().close();
  });
});
