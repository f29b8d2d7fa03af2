/**
 * The checklist's verdict is the gate's: an empty draft fails every principle, and "Info / Läget är oklart." cannot
 * be published without a written reason; the editor and the publish dialog name the same failing principles.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 1366, height: 900 });
const HEADLINE = "Info";
const ALL_SIX = ["Aktiv", "Öppen", "Saklig", "Snabb", "Opartisk", "Målgruppsanpassad"];

async function newBulletin(page: Page): Promise<void> {
  await page
    .getByRole("link", { name: /Kokningsrekommendation|vattenläcka/i })
    .first()
    .click();
  await page.getByRole("heading", { name: "Meddelanden" }).waitFor();
  const link = page.getByRole("link", { name: "Nytt meddelande", exact: true });
  const heading = page.getByRole("heading", { name: "Nytt meddelande", exact: true, level: 1 });
  await link.click();
  // A clean-clone CI run on a loaded machine once waited 30 s here for an editor that never came (cause not found;
  // the test passes alone). If the list is still on screen the click did not take: click again.
  try {
    await heading.waitFor({ timeout: 15_000 });
  } catch {
    if (await link.isVisible()) await link.click();
    await heading.waitFor();
  }
}

/** The failing principles the editor's verdict line names, in its order. */
async function editorVerdict(page: Page): Promise<string[]> {
  const text = (await page.locator(".checklist-verdict").textContent()) ?? "";
  const m = /^Underkänd: (.*) klarar inte checklistan/.exec(text);
  return m?.[1]?.split(", ") ?? [];
}

describe("one verdict in Chromium", () => {
  let editorPath = "";

  it("an empty draft fails on every principle, and the screen says why", async () => {
    const page = await e2e.signedIn("communicator");
    await newBulletin(page);
    expect(await editorVerdict(page)).toEqual(ALL_SIX);
    await page.getByRole("region", { name: /Stoppar publicering/ }).waitFor();
  });

  it("'Info / Läget är oklart.' is saved and submitted, and fails in the editor", async () => {
    const page = await e2e.signedIn("communicator");
    await newBulletin(page);
    await page.getByLabel("Rubrik").fill(HEADLINE);
    await page.getByLabel("Vad har hänt").fill("Läget är oklart.");
    expect((await editorVerdict(page)).length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Spara utkast" }).first().click();
    await page.getByRole("heading", { name: "Redigera meddelande", level: 1 }).waitFor();
    editorPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Skicka till granskning" }).click();
    await page.getByText("Meddelandet är skickat till granskning.").waitFor();
  });

  it("the lead cannot publish it without a reason; the dialog names the same principles as the editor", async () => {
    const lead = await e2e.signedIn("lead");
    await lead.goto(`${e2e.url}${editorPath}`);
    await lead.getByRole("heading", { name: "Redigera meddelande", level: 1 }).waitFor();
    const inEditor = await editorVerdict(lead);
    expect(inEditor.length).toBeGreaterThan(0);

    await lead.getByRole("button", { name: "Godkänn" }).click();
    await lead.getByText("Meddelandet är godkänt.").waitFor();
    await lead.getByRole("button", { name: "Publicera" }).click();
    const dialog = lead.getByRole("dialog", { name: "Publicera meddelandet" });
    await dialog.getByText(/klarar inte publiceringsgränsen/).waitFor();
    // One verdict: the server's gate scores what the editor showed, to the point.
    const dialogScore = Number(
      /publiceringsgränsen: (\d+) poäng/.exec(
        (await dialog.getByText(/klarar inte publiceringsgränsen/).textContent()) ?? "",
      )?.[1],
    );
    // The editor behind the dialog says the same, once the room's context (open claims, callers' uncovered questions)
    // has reached it.
    const scoreBadge = lead.locator(".editor-head .badge", { hasText: / p · / });
    await expect
      .poll(async () => Number(/(\d+) p · /.exec((await scoreBadge.textContent()) ?? "")?.[1]), { timeout: 10_000 })
      .toBe(dialogScore);
    const failing = (await dialog.getByText(/^Checklistan underkänner:/).textContent()) ?? "";
    expect(
      failing
        .replace(/^Checklistan underkänner: /, "")
        .replace(/\.$/, "")
        .split(", "),
    ).toEqual(inEditor);
    await screenshot(lead, "judgement-publish-dialog");
    expect(await seriousA11yViolations(lead)).toEqual([]);

    // Without a reason nothing is published: the dialog asks for one and the bulletin stays approved.
    await dialog.getByRole("button", { name: "Publicera med motivering" }).click();
    await dialog.getByText("Skriv en motivering.").waitFor();
    await lead.locator(".editor-head .badge", { hasText: "Godkänt" }).waitFor();
    expect(await lead.locator(".editor-head .badge", { hasText: "Publicerat" }).count()).toBe(0);

    // With a reason it goes out, and the reason is logged as a decision.
    await dialog.getByLabel("Motivering").fill("Prov av publiceringskontrollen i webbläsartestet.");
    await dialog.getByRole("button", { name: "Publicera med motivering" }).click();
    await lead.getByText("Meddelandet är publicerat.").waitFor();
    const incidentId = editorPath.split("/incidents/")[1]?.split("/")[0] ?? "";
    const log = await lead.request.get(`${e2e.url}/api/incidents/${incidentId}/log?kind=decision`);
    const { items } = (await log.json()) as { items: Array<{ text: string }> };
    expect(items.some((e) => e.text.includes("trots publiceringskontrollen") && e.text.includes("underkänd på"))).toBe(
      true,
    );
  });
});
