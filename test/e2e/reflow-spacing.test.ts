/**
 * WCAG 1.4.10 and 1.4.12 together: every main view of the console, and the public page, in a 320 px window with the
 * reader's text spacing (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em) neither
 * scrolls sideways nor cuts text off (the subscription form too). Each alone is covered by phone-header.test.ts and text-reflow.test.ts; the two
 * at once are what 400 % zoom with a reader's style sheet gives.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import type { Bulletin, Claim, FaqEntry, Incident } from "../../shared/index.js";
import { approvedWeakBulletin, jsonApi } from "./lib/api.js";
import { screenshotDir } from "./lib/browser.js";
import { measureReflow, TEXT_SPACING } from "./lib/reflow.js";
import { signInOnly, startE2E } from "./lib/session.js";

const WIDTH = 320; // CSS px: 1280 px at 400 % zoom
// E-mail settings so the public subscription form is served (the port is closed: nothing is sent in this test).
const e2e = startE2E(
  { width: WIDTH, height: 800 },
  {
    KRISRUM_SMTP_URL: "smtp://127.0.0.1:9",
    KRISRUM_MAIL_FROM: "Kommunen <krisinfo@kommun.example>",
    KRISRUM_PUBLIC_URL: "https://kommun.example",
  },
);
const api = jsonApi(() => e2e.url);
const SHOTS = process.env.KRISRUM_SHOTS_DIR ?? screenshotDir;

/** A link as a communicator pastes it from a social network: one long token with no place to break. */
const LONG_LINK = "https://www.facebook.com/groups/norrbyborna.informerar/posts/1234567890123456?comment_id=9876543210";
const WEB_PAGE = "https://www.kommunen.se/kris/vattenlacka-norrby/kokningsrekommendation-fragor-och-svar";

interface Scene {
  incident: Incident;
  draft: Bulletin;
  weak: { id: string };
  faq: FaqEntry;
}

/** Applies the reader's text spacing to what `page` shows now, then checks it reflows into the window. */
async function expectReflows(page: Page, view: string): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING });
  const report = await measureReflow(page, WIDTH);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `reflow-spacing-${view}.png`), fullPage: true });
  expect(report.letterSpacing, `${view}: the text spacing is not applied`).not.toBe("normal");
  // Soft: every view of a test is measured and reported, not only the first that fails.
  expect.soft(report.pageWidth, `${view}: the page scrolls sideways`).toBeLessThanOrEqual(WIDTH);
  expect.soft(report.outside, `${view}: drawn outside the window`).toEqual([]);
  expect.soft(report.spills, `${view}: text drawn past its box`).toEqual([]);
  expect.soft(report.clipped, `${view}: text cut off`).toEqual([]);
  expect.soft(report.sideways, `${view}: boxes that scroll sideways`).toEqual([]);
}

/** On how many lines `word`, in the text of the element `where` finds, is drawn. */
function linesOf(where: Locator, word: string): Promise<number> {
  return where.evaluate((el, word) => {
    type Node = { textContent: string | null };
    const doc = el.ownerDocument as unknown as {
      createTreeWalker(root: unknown, what: number): { nextNode(): Node | null };
      createRange(): {
        setStart(n: Node, o: number): void;
        setEnd(n: Node, o: number): void;
        getClientRects(): ArrayLike<{ top: number }>;
      };
    };
    const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").indexOf(word);
      if (at < 0) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    }
    return 0;
  }, word);
}

/** Opens `path` and waits for `ready` and for every "Laddar …" to go. */
async function open(page: Page, path: string, ready: (page: Page) => Locator): Promise<void> {
  await page.goto(path);
  await ready(page).first().waitFor();
  await expect.poll(() => page.locator(".loading").count(), { timeout: 10_000 }).toBe(0);
}

describe("the console at 320 px with WCAG 1.4.12 text spacing", () => {
  let lead: Page;
  let communicator: Page;
  let agent: Page;
  let admin: Page;
  let viewer: Page;
  let scene: Scene;

  beforeAll(async () => {
    const signedIn = async (username: string) => {
      const page = await e2e.newPage();
      await signInOnly(page, username);
      return page;
    };
    [lead, communicator, agent, admin, viewer] = await Promise.all([
      signedIn("lead"),
      signedIn("communicator"),
      signedIn("agent"),
      signedIn("admin"),
      signedIn("viewer"),
    ]);
    const { incidents } = await api<{ incidents: Incident[] }>(lead.request, "get", "/api/incidents");
    const incident = incidents.find((i) => i.title.startsWith("Kokningsrekommendation"));
    if (!incident) throw new Error("the demo incident is missing");
    const draft = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/bulletins`,
      {
        headline: "Tankbilen i Söderäng står vid biblioteket",
        body: `Tankbilen i Söderäng står vid biblioteket från kl. 14. Frågor och svar: ${WEB_PAGE}`,
        audiences: ["residents"],
      },
      201,
    );
    // Approved but weak: its publishing asks for a written reason, the longest form of the publish dialog.
    const weak = await approvedWeakBulletin(
      api,
      { communicator: communicator.request, lead: lead.request },
      incident.id,
    );
    // One in review for the inbox.
    const review = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/bulletins`,
      {
        headline: "Kokningsrekommendationen gäller fortfarande",
        body: `Koka vattnet i minst en minut. Läs mer på ${WEB_PAGE}`,
        audiences: ["residents"],
      },
      201,
    );
    await api(communicator.request, "post", `/api/bulletins/${review.id}/submit`, {});
    await api<Claim>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/claims`,
      { text: "Apoteket har slut på reningstabletter", sourceChannel: "social", link: LONG_LINK, severity: "high" },
      201,
    );
    // An FAQ entry in review, for the inbox and the FAQ desk.
    const faq = await api<FaqEntry>(
      communicator.request,
      "post",
      "/api/faq",
      {
        incidentId: incident.id,
        question: "Var hittar jag svar på fler frågor om kokningsrekommendationen?",
        answer: `Kommunen samlar frågor och svar på ${WEB_PAGE}. Sidan uppdateras varje dag klockan 10.`,
      },
      201,
    );
    await api(communicator.request, "post", `/api/faq/${faq.id}/submit`, { expectedVersion: faq.version });
    scene = { incident, draft, weak, faq };
  });

  it("reflows the lead's start page and incident list", async () => {
    await open(lead, "/", (p) => p.locator("article.dash-tile"));
    await expectReflows(lead, "start");
    await open(lead, "/incidents", (p) => p.getByRole("heading", { name: "Händelser", level: 1 }));
    await expectReflows(lead, "incidents");
  });

  it("reflows the incident overview, for the lead and for the contact agent", async () => {
    await open(lead, `/incidents/${scene.incident.id}`, (p) => p.locator("#incident-title"));
    await lead.getByRole("region", { name: "Rykten och rättelser" }).waitFor();
    await expectReflows(lead, "overview-lead");
    await open(agent, `/incidents/${scene.incident.id}`, (p) => p.locator("#incident-title"));
    await expectReflows(agent, "overview-agent");
  });

  it("reflows the bulletin editor with its checklist panel", async () => {
    await open(communicator, `/incidents/${scene.incident.id}/bulletins/${scene.draft.id}`, (p) =>
      p.locator(".checklist-principles .gauge-status"),
    );
    await communicator.getByRole("group", { name: "Uppgifter ur lägesbilden" }).waitFor();
    await expectReflows(communicator, "editor");
  });

  it("reflows the publish dialog asking for a reason", async () => {
    await open(lead, `/incidents/${scene.incident.id}/bulletins/${scene.weak.id}`, (p) => p.locator("#editor-title"));
    await lead.getByRole("button", { name: "Publicera", exact: true }).click();
    const dialog = lead.getByRole("dialog", { name: "Publicera meddelandet" });
    await dialog.getByText(/klarar inte publiceringsgränsen/).waitFor();
    await expectReflows(lead, "publish-dialog");
  });

  it("reflows the lead's inbox", async () => {
    await open(lead, "/inbox", (p) => p.locator(".inbox-item"));
    await expectReflows(lead, "inbox");
  });

  it("reflows the claims board, the list, a claim's edit dialog and the follow-up", async () => {
    await open(communicator, `/incidents/${scene.incident.id}/claims`, (p) =>
      p.locator('.claims-board[data-ready="true"]'),
    );
    await expectReflows(communicator, "claims-board");
    await communicator
      .getByRole("group", { name: /^Åtgärder för ”Apoteket har slut/ })
      .getByRole("button", { name: "Redigera" })
      .click();
    await communicator
      .getByRole("dialog", { name: "Redigera påstående" })
      .getByLabel("Påståendet, som det syns")
      .waitFor();
    await expectReflows(communicator, "claim-edit");

    await open(communicator, `/incidents/${scene.incident.id}/claims?view=list`, (p) => p.locator(".claims-table"));
    await expectReflows(communicator, "claims-list");
    // The caption wraps at the box's width rather than running on as wide as the table, out of sight.
    const caption = await communicator.locator(".claims-table caption").boundingBox();
    expect
      .soft((caption?.x ?? 0) + (caption?.width ?? 0), "the list's caption runs out of the window")
      .toBeLessThanOrEqual(WIDTH);
    await open(communicator, `/incidents/${scene.incident.id}/claims/metrics`, (p) =>
      p.getByRole("table", { name: /^Tid från loggat påstående/ }),
    );
    await expectReflows(communicator, "claims-metrics");
  });

  it("reflows the contact centre with FAQ hits, and its statistics", async () => {
    await open(agent, "/contact", (p) => p.getByRole("heading", { name: "Kontaktcenter", level: 1 }));
    await agent.getByRole("combobox", { name: "Vad frågar den som hör av sig?" }).fill("måste jag koka vattnet");
    await agent.getByTestId("answer-text").waitFor();
    await expectReflows(agent, "contact-hits");
    await open(agent, "/contact/trends", (p) => p.locator(".scroll-region"));
    await expectReflows(agent, "contact-trends");
  });

  it("reflows the FAQ desk with an entry open", async () => {
    await open(communicator, `/faq?entry=${scene.faq.id}`, (p) => p.getByRole("textbox", { name: "Svar" }));
    await expectReflows(communicator, "faq-desk");
    // The score goes under the heading rather than splitting its one word.
    const lines = await linesOf(communicator.locator(".checklist-summary h3"), "Checklistan");
    expect.soft(lines, "the checklist heading is split over lines").toBe(1);
  });

  it("reflows the reports, for the lead and the viewer", async () => {
    await open(lead, `/incidents/${scene.incident.id}/report`, (p) => p.locator(".scroll-region"));
    await expectReflows(lead, "report-incident");
    await open(lead, "/reports", (p) => p.locator(".scroll-region"));
    await expectReflows(lead, "report-period");
    await open(viewer, `/incidents/${scene.incident.id}/report`, (p) => p.locator(".scroll-region"));
    await expectReflows(viewer, "report-incident-viewer");
  });

  it("reflows the administrator's users and templates, and a new incident from a template", async () => {
    await open(admin, "/admin/users", (p) => p.getByRole("heading", { name: "Användare", level: 1 }));
    await expectReflows(admin, "admin-users");
    await open(admin, "/templates", (p) => p.locator("#template-editor-title"));
    await expectReflows(admin, "templates");
    await open(lead, "/incidents/from-template", (p) => p.locator("#template-title"));
    await expectReflows(lead, "from-template");
  });

  it("reflows the public pages", async () => {
    // Published through the API (the editor's way is bulletins.test.ts), with a link the page must wrap.
    const bulletin = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${scene.incident.id}/bulletins`,
      {
        headline: "Tankbilarna står kvar i helgen",
        body: `Tankbilarna vid Norrby skola och biblioteket i Söderäng står kvar i helgen. Frågor och svar: ${WEB_PAGE}`,
        audiences: ["residents"],
      },
      201,
    );
    const submitted = await api<Bulletin>(communicator.request, "post", `/api/bulletins/${bulletin.id}/submit`, {});
    await api(lead.request, "post", `/api/bulletins/${bulletin.id}/approve`, { expectedVersion: submitted.version });
    await api(lead.request, "post", `/api/bulletins/${bulletin.id}/publish`, {
      reason: "Tankbilarna behöver nå ut nu.",
    });
    const visitor = await e2e.newPage();
    await open(visitor, "/public", (p) => p.getByRole("heading", { level: 1 }));
    await expectReflows(visitor, "public");
    await open(visitor, `/public/incidents/${scene.incident.id}`, (p) => p.getByRole("heading", { level: 1 }));
    await expectReflows(visitor, "public-incident");
    // The subscription form for the incident (its long compound title), and sent back with a wrong address.
    await open(visitor, `/public/subscriptions?incident=${scene.incident.id}`, (p) =>
      p.getByRole("heading", { level: 1 }),
    );
    await expectReflows(visitor, "public-subscribe");
    await visitor.getByLabel("E-postadress").fill("a@b");
    await visitor.getByRole("button", { name: "Prenumerera" }).click();
    await visitor.locator("#sub-error").waitFor();
    await expectReflows(visitor, "public-subscribe-error");
  });
});
