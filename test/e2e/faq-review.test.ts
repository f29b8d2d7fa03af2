/**
 * FAQ review in Chromium (review and staleness): a communicator edits a published FAQ answer; the agent keeps seeing the
 * published one while the edit is reviewed, and sees the change live, marked with its difference, once a lead has
 * approved and published it. The lead reviews it with the word difference against the published text. Two editors
 * of one answer see each other (presence), and a save by one is offered to the other before any 409 (presence while editing).
 */
import { describe, expect, it } from "vitest";
import type { FaqEntry } from "../../shared/schemas/faq.js";
import type { Incident } from "../../shared/schemas/incident.js";
import { jsonApi } from "./lib/api.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 900 });
const api = jsonApi(() => e2e.url);

const QUESTION = "Får jag fylla min pool med kranvatten?";
const PUBLISHED = "Nej, vänta med att fylla poolen tills vattenverket har lagat ledningen vid Storgatan.";
const EDITED = "Ja, poolen får fyllas igen från och med i dag klockan 18, men drick inte poolvattnet.";

describe("FAQ review in Chromium", () => {
  it("keeps the published answer on the agent's screen until a lead approves and publishes the edit, then shows it live with its diff", async () => {
    const [agent, communicator, lead] = await Promise.all([
      e2e.signedIn("agent"),
      e2e.signedIn("communicator"),
      e2e.signedIn("lead"),
    ]);
    // A general entry (no incident, so no exercise): published the reviewed way, through the API.
    const draft = await api<FaqEntry>(
      communicator.request,
      "post",
      "/api/faq",
      { question: QUESTION, answer: PUBLISHED },
      201,
    );
    const submitted = await api<FaqEntry>(communicator.request, "post", `/api/faq/${draft.id}/submit`, {
      expectedVersion: draft.version,
    });
    const approved = await api<FaqEntry>(lead.request, "post", `/api/faq/${draft.id}/approve`, {
      expectedVersion: submitted.version,
    });
    await api<FaqEntry>(lead.request, "post", `/api/faq/${draft.id}/publish`, { expectedVersion: approved.version });

    // The agent has the published answer on screen.
    await agent.getByRole("link", { name: "Kontaktcenter" }).click();
    const search = agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" });
    await search.fill("fylla poolen kranvatten");
    await agent.getByRole("heading", { name: QUESTION, level: 2 }).waitFor();
    const answerText = agent.getByTestId("answer-text");
    await expect.poll(() => answerText.textContent()).toContain("vänta med att fylla poolen");
    // Just published, it may carry its "Ny" mark: she reads it, so the next mark is the edit's "Ändrad".
    const seen = agent.getByRole("button", { name: "Jag har sett ändringen" });
    if ((await seen.count()) > 0) await seen.click();
    await expect.poll(() => agent.locator(".answer-panel.has-change").count()).toBe(0);
    let reloads = 0;
    agent.on("framenavigated", (frame) => {
      if (frame === agent.mainFrame()) reloads += 1;
    });

    // The communicator edits the published answer and submits the change for review.
    await communicator.goto("/faq");
    await communicator.getByRole("button", { name: new RegExp(QUESTION.replace("?", "\\?")) }).click();
    const answer = communicator.getByRole("textbox", { name: "Svar" });
    await answer.waitFor();
    await answer.fill(EDITED);
    await communicator.getByRole("heading", { name: /Ändring under arbete/ }).waitFor();
    await communicator.getByRole("button", { name: "Skicka på granskning" }).click();
    await communicator.getByText("Skickat på granskning.").waitFor();
    expect(await seriousA11yViolations(communicator)).toEqual([]);

    // The lead reviews it: the difference against the published text, word by word.
    await lead.goto("/faq");
    await lead.getByRole("button", { name: new RegExp(QUESTION.replace("?", "\\?")) }).click();
    const review = lead.locator(".faq-working");
    await review.getByRole("heading", { name: "Ändring under arbete: granskas" }).waitFor();
    await expect
      .poll(async () => (await review.locator("ins").allTextContents()).join(" "))
      .toContain("får fyllas igen");
    expect((await review.locator("del").allTextContents()).join(" ")).toContain("vänta med att fylla");
    await screenshot(lead, "faq-review-lead");
    expect(await seriousA11yViolations(lead)).toEqual([]);

    // Still the published words for the agent (screen and API) while the edit waits for a decision.
    const agentEntry = await api<FaqEntry>(agent.request, "get", `/api/faq/${draft.id}`);
    expect(agentEntry).toMatchObject({ answer: PUBLISHED, working: null });
    expect(await answerText.textContent()).toContain("vänta med att fylla poolen");
    expect(await answerText.textContent()).not.toContain("från och med i dag");

    await lead.getByRole("button", { name: "Godkänn" }).click();
    await lead.getByText("Godkänt. Publicera när svaret ska gälla.").waitFor();
    expect(await answerText.textContent()).not.toContain("från och med i dag");
    const published = Date.now();
    await lead.getByRole("button", { name: "Publicera", exact: true }).click();

    // Live on the agent's screen, marked "Ändrad" with what changed; no reload.
    await expect
      .poll(async () => (await answerText.locator("ins").allTextContents()).join(" "), { timeout: 10_000 })
      .toContain("får fyllas igen");
    console.log(`FAQ publish to agent screen: ${Date.now() - published} ms (click → diff on screen)`);
    expect((await answerText.locator("del").allTextContents()).join(" ")).toContain("vänta med att fylla");
    await agent
      .getByRole("option", { name: /Ändrad/ })
      .first()
      .waitFor();
    await screenshot(agent, "faq-review-agent-changed");
    expect(await seriousA11yViolations(agent)).toEqual([]);
    expect(reloads).toBe(0);
    await lead.getByText("Publicerat. Kontaktcentret ser svaret nu.").waitFor();
  });

  it("shows two editors of one answer to each other, and offers a save by one to the other instead of a 409", async () => {
    const [communicator, lead] = await Promise.all([e2e.signedIn("communicator"), e2e.signedIn("lead")]);
    const { incidents } = await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents");
    const incident = incidents.find((i) => i.title.startsWith("Kokningsrekommendation"));
    expect(incident).toBeDefined();
    const draft = await api<FaqEntry>(
      communicator.request,
      "post",
      "/api/faq",
      { incidentId: incident?.id, question: "Får jag vattna blommorna?", answer: "Ja, med okokt vatten." },
      201,
    );
    await Promise.all([communicator.goto(`/faq?entry=${draft.id}`), lead.goto(`/faq?entry=${draft.id}`)]);
    const answerOf = (page: typeof lead) => page.getByRole("textbox", { name: "Svar" });
    await Promise.all([answerOf(communicator).waitFor(), answerOf(lead).waitFor()]);

    // Who has it open, on both screens, before anyone saves.
    await communicator.getByText(/Har svaret öppet: .*krisledare/).waitFor();
    await lead.getByText(/Har svaret öppet: .*kommunikatör/).waitFor();

    await answerOf(communicator).fill("Ja, men bara med okokt vatten som inte ska drickas.");
    await answerOf(lead).fill("Ja, blommorna tål okokt vatten.");
    await lead.getByRole("button", { name: "Spara", exact: true }).click();
    await lead.getByText("Sparat.").waitFor();

    // The communicator holds unsaved text: the newer version is offered, her words stay.
    await communicator.getByText(/har sparat version 2 medan du skrev/).waitFor();
    expect(await answerOf(communicator).inputValue()).toBe("Ja, men bara med okokt vatten som inte ska drickas.");
    expect(await seriousA11yViolations(communicator)).toEqual([]);
    await screenshot(communicator, "faq-editor-newer-version");
    await communicator.getByRole("button", { name: "Behåll min text och spara över" }).click();
    await communicator.getByRole("button", { name: "Spara", exact: true }).click();
    await communicator.getByText("Sparat.").waitFor();
    const saved = await api<FaqEntry>(communicator.request, "get", `/api/faq/${draft.id}`);
    expect(saved).toMatchObject({ version: 3, answer: "Ja, men bara med okokt vatten som inte ska drickas." });
  });
});
