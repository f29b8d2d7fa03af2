import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { DIGG_REPORT_URL, STATEMENT_DATE } from "../../../server/public/accessibility.js";
import { renderIncidentPage } from "../../../server/public/html.js";
import { PUBLIC_STRINGS } from "../../../server/public/strings.js";
import { loadPublicIncident } from "../../../server/public/load.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish } from "./fixtures.js";
import { axeViolations, parseHtml } from "./publicHelpers.js";

const HOUR = 3_600_000;

/** The citizen's page on a bad day: languages not yet translated, several promises, the accessibility statement. */
describe("public incident page: languages, promises, accessibility statement", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let incident: Incident;
  let older: Bulletin;
  let newer: Bulletin;
  const olderPromise = new Date(Date.now() + 1 * HOUR).toISOString();
  const newerPromise = new Date(Date.now() + 3 * HOUR).toISOString();

  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    incident = await createIncident(lead, { title: "Kokningsrekommendationsområdesavgränsning i Norrby" });
    const fact = await createFact(communicator, incident.id, "Ledningen är lagad.");
    older = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        incident.id,
        goodBulletin([fact.id], { headline: "Första meddelandet", nextUpdateAt: olderPromise }),
      ),
    );
    newer = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        incident.id,
        goodBulletin([fact.id], { headline: "Andra meddelandet", nextUpdateAt: newerPromise }),
      ),
    );
  });
  afterAll(() => server.close());

  const page = async (query = "") => parseHtml((await anon.get(`/public/incidents/${incident.id}${query}`)).text);

  it("offers Swedish, English and easy Swedish even before anything is translated, marking the page's language", async () => {
    const doc = await page();
    const links = [...doc.querySelectorAll("header nav a")];
    expect(links.map((a) => a.getAttribute("hreflang"))).toEqual(["sv", "en", "sv"]);
    expect(links.map((a) => a.textContent)).toEqual(["Svenska", "English", "Lättläst svenska"]);
    expect(links[2]?.getAttribute("href")).toMatch(/\?lang=sv-lattlast$/);
    expect(doc.querySelector('header nav a[aria-current="page"]')?.getAttribute("hreflang")).toBe("sv");
    // A Swedish page showing Swedish bulletins needs no notice.
    expect(doc.querySelector(".missing")).toBeNull();
  });

  it("says where the English version is missing instead of showing Swedish text under English labels silently", async () => {
    const doc = await page("?lang=en");
    expect(doc.documentElement.lang).toBe("en");
    const article = doc.querySelector(`article#g-${newer.id}`);
    expect(article?.getAttribute("lang")).toBe("sv");
    const notice = article?.querySelector(".missing");
    expect(notice?.getAttribute("role")).toBe("note");
    expect(notice?.querySelector('span[lang="en"]')?.textContent).toBe(
      "This message is not available in English yet. It is shown in Swedish.",
    );
    expect(notice?.querySelector('span[lang="sv"]')?.textContent).toBe(
      "Det här meddelandet finns inte på engelska än. Det visas på svenska.",
    );
    expect(doc.querySelectorAll(".missing")).toHaveLength(2); // both bulletins
  });

  it("says it in Finnish on the Finnish page", async () => {
    const notice = (await page("?lang=fi")).querySelector(`article#g-${older.id} .missing span[lang="fi"]`);
    expect(notice?.textContent).toBe("Tätä tiedotetta ei ole vielä suomeksi. Se näytetään ruotsiksi.");
  });

  it("offers the required languages (KRISRUM_REQUIRED_LANGUAGES) before anything is published in them", async () => {
    const loaded = await loadPublicIncident(server.database.db, incident.id);
    if (!loaded) throw new Error("incident not public");
    const html = renderIncidentPage(loaded, "sv", {
      base: "http://x/public",
      senderName: "Norrby kommun",
      requiredLanguages: ["sv", "fi"],
    });
    const langs = [...parseHtml(html).querySelectorAll("header nav a")].map((a) => a.getAttribute("hreflang"));
    expect(langs).toEqual(["sv", "en", "fi", "sv"]);
  });

  it("lets easy Swedish be chosen on the list page and speaks easy Swedish there", async () => {
    const list = parseHtml((await anon.get("/public")).text);
    const easy = [...list.querySelectorAll("header nav a")].find((a) => a.textContent === "Lättläst svenska");
    expect(easy?.getAttribute("href")).toMatch(/lang=sv-lattlast/);
    const res = await anon.get("/public?lang=sv-lattlast");
    const doc = parseHtml(res.text);
    expect(doc.documentElement.lang).toBe("sv");
    expect(doc.querySelector('header nav a[aria-current="page"]')?.textContent).toBe("Lättläst svenska");
    expect(doc.querySelector("h1")?.textContent).toBe("Det här händer nu");
    expect(await axeViolations(res.text)).toEqual([]);
    const incidentPage = await page("?lang=sv-lattlast");
    expect(incidentPage.body.textContent).toContain("Vi skriver mer senast");
    expect(incidentPage.body.textContent).not.toContain("Nästa uppdatering senast");
  });

  it("writes easy Swedish in simpler words than standard Swedish, not a copy of them", () => {
    const sv = PUBLIC_STRINGS.sv;
    const easy = PUBLIC_STRINGS["sv-lattlast"];
    expect(easy).toMatchObject({
      nextUpdate: "Vi skriver mer senast",
      withdrawn: "Gäller inte längre",
      withdrawnText: "Det här meddelandet gäller inte längre.",
    });
    // Words the page shows that must be the easy version; the rest (e.g. "Det här ska du göra", "Språk") are
    // plain already.
    const rewritten = [
      "skip",
      "activeIncidents",
      "noIncidents",
      "lastUpdated",
      "nextUpdate",
      "published",
      "updated",
      "withdrawn",
      "withdrawnText",
      "feeds",
      "allIncidents",
      "closed",
      "accessibility",
      "missing",
    ] as const;
    for (const key of rewritten) expect(easy[key], key).not.toBe(sv[key]);
    // No passive ("har dragits", "uppdateras") and no long words in the easy labels.
    const words = Object.values(easy)
      .filter((v): v is string => typeof v === "string")
      .join(" ");
    expect(words).not.toMatch(/har dragits|uppdateras|publiceras/);
    for (const word of words.split(/[^\p{L}]+/u)) expect(word.length, word).toBeLessThanOrEqual(12);
  });

  it("shows only the newest next-update promise, never an older bulletin's", async () => {
    const doc = await page();
    const promises = [...doc.querySelectorAll("main p")].filter((p) =>
      p.textContent?.includes("Nästa uppdatering senast"),
    );
    expect(promises).toHaveLength(1);
    expect(promises[0]?.querySelector(`time[datetime="${newerPromise}"]`)).not.toBeNull();
    expect(doc.querySelector(`article#g-${older.id}`)?.textContent).not.toContain("Nästa uppdatering");
    expect(doc.querySelector(`time[datetime="${olderPromise}"]`)).toBeNull();
  });

  it("lets any word wrap (the compound title must not widen a phone screen)", async () => {
    const style = (await page()).querySelector("style")?.textContent ?? "";
    expect(style).toMatch(/body\{[^}]*overflow-wrap:anywhere/);
  });

  it("shrinks the headings on a phone, so a long compound fits whole before it is broken anywhere", async () => {
    const style = (await page()).querySelector("style")?.textContent ?? "";
    // The heading's font size in px at a viewport width, from its clamp(min rem, a vw + b rem, max rem) rule.
    const size = (tag: string, width: number): number => {
      const m = new RegExp(`${tag}\\{font-size:clamp\\(([\\d.]+)rem,([\\d.]+)vw \\+ ([\\d.]+)rem,([\\d.]+)rem\\)`).exec(
        style,
      );
      if (!m) throw new Error(`no clamp rule for ${tag}`);
      const [min, vw, rem, max] = m.slice(1).map(Number) as [number, number, number, number];
      return Math.min(max * 16, Math.max(min * 16, (vw * width) / 100 + rem * 16));
    };
    // "Kokningsrekommendationen" is 16.2 em wide in DejaVu Sans Bold; at 390 px the column is 358 px.
    expect(size("h1", 390) * 16.2).toBeLessThanOrEqual(358);
    expect(size("h1", 390)).toBeGreaterThanOrEqual(20);
    expect(size("h1", 1280)).toBe(32);
    for (const width of [320, 390, 768]) expect(size("h2", width)).toBeLessThan(size("h1", width));
  });

  it("serves an accessibility statement in Swedish and English with status, gaps, contact, Digg and date", async () => {
    const sv = await anon.get("/public/tillganglighet");
    expect(sv.status).toBe(200);
    const doc = parseHtml(sv.text);
    expect(doc.documentElement.lang).toBe("sv");
    expect(doc.querySelector("h1")?.textContent).toBe("Tillgänglighetsredogörelse");
    const headings = [...doc.querySelectorAll("h2")].map((h) => h.textContent);
    expect(headings).toEqual([
      "Hur tillgängliga är sidorna?",
      "Kända brister",
      "Rapportera brister och kontakta oss",
      "Tillsyn",
      "Hur vi testat sidorna",
    ]);
    expect(doc.body.textContent).toContain(
      "delvis förenliga med lagen om tillgänglighet till digital offentlig service",
    );
    expect(doc.querySelectorAll("main ul li").length).toBeGreaterThan(0);
    expect(doc.querySelector(`a[href="${DIGG_REPORT_URL}"]`)).not.toBeNull();
    expect(doc.body.textContent).toContain(STATEMENT_DATE);
    const en = parseHtml((await anon.get("/public/tillganglighet?lang=en")).text);
    expect(en.documentElement.lang).toBe("en");
    expect(en.querySelector("h1")?.textContent).toBe("Accessibility statement");
    expect(en.querySelector(`a[href="${DIGG_REPORT_URL}"]`)).not.toBeNull();
  });

  it("links the statement from every public page, in the page's language", async () => {
    for (const [path, text] of [
      [`/public/incidents/${incident.id}`, "Tillgänglighetsredogörelse"],
      [`/public/incidents/${incident.id}?lang=en`, "Accessibility statement"],
      [`/public/incidents/${incident.id}?lang=fi`, "Accessibility statement"],
      ["/public", "Tillgänglighetsredogörelse"],
      [`/public/incidents/${crypto.randomUUID()}`, "Tillgänglighetsredogörelse"],
      ["/public/tillganglighet?lang=en", "Accessibility statement"],
    ] as const) {
      const link = parseHtml((await anon.get(path)).text).querySelector('footer a[href*="/public/tillganglighet"]');
      expect(link?.textContent, path).toBe(text);
    }
  });

  it("has no WCAG A/AA violations axe-core can find without a browser", async () => {
    for (const path of [
      "/public/tillganglighet",
      "/public/tillganglighet?lang=en",
      `/public/incidents/${incident.id}?lang=en`,
      `/public/incidents/${incident.id}?lang=fi`,
    ]) {
      const violations = await axeViolations((await anon.get(path)).text);
      expect(
        violations.map((v) => `${v.id} (${v.impact})`),
        path,
      ).toEqual([]);
    }
  });
});
