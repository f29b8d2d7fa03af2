import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Bulletin, Fact, Incident } from "../../shared/index.js";
import { screenshot, seriousA11yViolations } from "./lib/browser.js";
import { jsonApi } from "./lib/api.js";
import { startE2E } from "./lib/session.js";

const e2e = startE2E({ width: 390, height: 844 });
const api = jsonApi(() => e2e.url);

// Long Swedish compounds, the kind that widened the page to 489 px on a 390 px phone.
const TITLE = "Kokningsrekommendationsområdesavgränsningsbeslut för Norrby";
const HEADLINE = "Dricksvattenförsörjningsavbrottsinformationsmeddelande";

/** The page's width against the viewport's: equal when nothing sticks out sideways. */
const widths = (page: Page) =>
  page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document;
    return { scroll: doc.documentElement.scrollWidth, client: doc.documentElement.clientWidth };
  });

describe("the public page on a phone", () => {
  let incident: Incident;
  let page: Page;

  it("publishes a bulletin with long compound words (through the API)", async () => {
    const lead = await e2e.signedIn("lead");
    const communicator = await e2e.signedIn("communicator");
    incident = await api<Incident>(
      lead.request,
      "post",
      "/api/incidents",
      { title: TITLE, severity: "severe", affectedAreas: ["Norrby"] },
      201,
    );
    const fact = await api<Fact>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/facts`,
      { statement: "Ledningen i Norrby är trasig.", source: "VA-jouren", status: "confirmed" },
      201,
    );
    const draft = await api<Bulletin>(
      communicator.request,
      "post",
      `/api/incidents/${incident.id}/bulletins`,
      {
        headline: HEADLINE,
        body: "Norrby kommun informerar: En huvudvattenledning gick sönder vid Storgatan i Norrby i morse. Därför finns det risk för förorenat dricksvatten i Norrby. Smittskyddsläkaren har bekräftat att vattnet ska kokas.",
        instruction:
          "Koka vatten som du ska dricka eller laga mat med i minst en minut. Hämta dricksvatten från tankbilarna vid Norrby skola.",
        audiences: ["residents"],
        factIds: [fact.id],
        nextUpdateAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      },
      201,
    );
    const submitted = await api<Bulletin>(communicator.request, "post", `/api/bulletins/${draft.id}/submit`, {});
    await api(lead.request, "post", `/api/bulletins/${draft.id}/approve`, { expectedVersion: submitted.version });
    await api(lead.request, "post", `/api/bulletins/${draft.id}/publish`, {
      reason: "Testpublicering från webbläsartestet.",
    });
    page = await e2e.newPage();
  });

  for (const lang of ["sv", "en"] as const) {
    for (const width of [320, 390]) {
      it(`fits ${width} px in ${lang}: no sideways scrolling, the title wraps, axe finds nothing serious`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/public/incidents/${incident.id}?lang=${lang}`);
        await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
        const { scroll, client } = await widths(page);
        expect(client).toBe(width);
        expect(scroll, `page is ${scroll} px wide in a ${width} px viewport`).toBe(width);
        // The title is on several lines, not cut: its box is no wider than the viewport.
        const title = await page.getByRole("heading", { level: 1 }).boundingBox();
        expect(title && title.x + title.width).toBeLessThanOrEqual(width);
        const nav = page.getByRole("navigation", { name: lang === "sv" ? "Språk" : "Language" });
        expect(await nav.getByRole("link").allTextContents()).toEqual(["Svenska", "English", "Lättläst svenska"]);
        if (lang === "en")
          await page.getByText("This message is not available in English yet. It is shown in Swedish.").waitFor();
        else expect(await page.locator(".missing").count()).toBe(0);
        expect(await page.getByText(/Nästa uppdatering senast|Next update by/).count()).toBe(1);
        await screenshot(page, `public-phone-${lang}-${width}`);
        expect(await seriousA11yViolations(page)).toEqual([]);
      });
    }
  }

  it("links the accessibility statement, which fits 320 px and passes axe", async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/public/incidents/${incident.id}`);
    await page.getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await page.getByRole("heading", { level: 1, name: "Tillgänglighetsredogörelse" }).waitFor();
    await page.getByRole("link", { name: "Anmäl bristande tillgänglighet till Digg" }).waitFor();
    expect((await widths(page)).scroll).toBe(320);
    await screenshot(page, "public-accessibility-statement-320");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Accessibility statement" }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
