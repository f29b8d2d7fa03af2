/**
 * A contact-centre PC whose clock runs 20 minutes fast (no time sync). The console reckons by the server's clock: it
 * says the PC's clock is off, and a call logged there is saved with the server's time, where before it was refused
 * ("openedAt lies in the future") and the agent could log nothing.
 */
import { describe, expect, it } from "vitest";
import type { Inquiry } from "../../shared/schemas/inquiry.js";
import { screenshot } from "./lib/browser.js";
import { signInOnly, startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 768 });
const AHEAD_MIN = 20;

describe("a console on a PC whose clock is wrong", () => {
  it("says so, and logs a call with the server's time instead of having it refused", async () => {
    const agent = await e2e.newPage();
    await agent.clock.install({ time: Date.now() + AHEAD_MIN * 60_000 });
    await signInOnly(agent, "agent");
    await agent.goto("/contact");
    await agent.getByRole("heading", { name: "Kontaktcenter", level: 1 }).waitFor();
    const notice = agent.getByRole("complementary", { name: "Datorns klocka" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`Datorns klocka går ${AHEAD_MIN} min före serverns.`);
    await screenshot(agent, "clock-skew-contact");

    const search = agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await search.click();
    await agent.keyboard.type("måste jag koka vattnet");
    await agent.getByTestId("answer-text").waitFor();
    await agent.keyboard.press("Enter"); // use the answer shown
    await agent.keyboard.press("1"); // channel: phone
    await agent.keyboard.press("Enter"); // save
    await agent.getByText(/^Ärende \d{4}-\d{6} är sparat\.$/).waitFor({ timeout: 10_000 });

    const res = await agent.request.get(`${e2e.url}/api/inquiries?limit=1`);
    const { inquiries } = (await res.json()) as { inquiries: Inquiry[] };
    const logged = inquiries[0];
    expect(logged?.question).toBe("måste jag koka vattnet");
    // Opened and saved by the server's clock: a handling time of seconds, not 20 minutes either way.
    const opened = Date.parse(logged?.openedAt ?? "");
    expect(Math.abs(opened - Date.now())).toBeLessThan(2 * 60_000);
  });
});
