import { get } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { renderIncidentPage } from "../../../server/public/html.js";
import { loadPublicIncident } from "../../../server/public/load.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";
import { axeViolations, parseHtml, parseXml, texts, validateCap } from "./publicHelpers.js";

// Text that exists only inside the console. None of it may reach a public output.
const INTERNAL = {
  draftEdit: "UTKAST-EJ-PUBLICERAT",
  publishReason: "GRINDMOTIVERING-INTERN",
  retractReason: "TILLBAKADRAGNINGSSKÄL-INTERNT",
  returnReason: "RETURSKÄL-INTERNT",
  fact: "FAKTUM-ENDAST-I-LÄGESBILDEN",
  description: "INTERN: krisledningen sammanträder",
  authors: ["Sara Nyström", "Anna Lind", "Erik Holm"],
  fieldNames: ["publishReason", "createdBy", "updatedByName", "stale", "checklist", "score"],
};

const ENGLISH = {
  headline: "Boil your drinking water in Norrby",
  body: "Norrby municipality informs: a water main broke on Storgatan this morning.",
  instruction: "Boil water for drinking and cooking for at least one minute.",
};

describe("public outputs", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let real: Incident;
  let exercise: Incident;
  let master: Bulletin;
  let english: Bulletin;
  let exerciseBulletin: Bulletin;

  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    real = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    const fact = await createFact(communicator, real.id, INTERNAL.fact);
    master = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        real.id,
        goodBulletin([fact.id], { headline: 'Koka vattnet <script>alert("x")</script> & "citat"' }),
      ),
    );
    const enDraft = await createBulletin(communicator, real.id, {
      ...goodBulletin([fact.id], ENGLISH),
      language: "en",
      translationOf: master.id,
    });
    await communicator.post(`/api/bulletins/${enDraft.id}/submit`, {});
    await lead.post(`/api/bulletins/${enDraft.id}/return`, { reason: INTERNAL.returnReason });
    english = await publish(communicator, lead, enDraft, INTERNAL.publishReason);
    // An edit in progress must not leak while the published version stays live.
    await put(communicator, `/api/bulletins/${master.id}`, {
      ...goodBulletin([fact.id], { headline: INTERNAL.draftEdit, body: INTERNAL.draftEdit }),
      expectedVersion: master.version,
    });
    // A bulletin never published, and an incident with nothing published.
    await createBulletin(communicator, real.id, goodBulletin([fact.id], { headline: INTERNAL.draftEdit }));
    await createIncident(lead, { title: "Opublicerad händelse" });

    exercise = await createIncident(lead, { title: "Övning: brand i skola", exercise: true });
    const exFact = await createFact(communicator, exercise.id, "Övningsfaktum.");
    exerciseBulletin = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        exercise.id,
        goodBulletin([exFact.id], { headline: "Övningsmeddelande om brand" }),
      ),
    );
  });
  afterAll(() => server.close());

  function expectNoInternals(text: string): void {
    for (const secret of [
      INTERNAL.draftEdit,
      INTERNAL.publishReason,
      INTERNAL.retractReason,
      INTERNAL.returnReason,
      INTERNAL.fact,
      INTERNAL.description,
      ...INTERNAL.authors,
    ]) {
      expect(text).not.toContain(secret);
    }
    for (const field of INTERNAL.fieldNames) expect(text).not.toContain(`"${field}"`);
  }

  it("serves the incident page without a login, in Swedish, with the published text only", async () => {
    const res = await anon.get(`/public/incidents/${real.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expectNoInternals(res.text);
    const doc = parseHtml(res.text);
    expect(doc.documentElement.lang).toBe("sv");
    expect(doc.querySelector("h1")?.textContent).toBe("Vattenläcka i Norrby");
    const article = doc.querySelector(`article#g-${master.id}`);
    expect(article?.getAttribute("lang")).toBe("sv");
    // Escaped, not executed: the headline is text and there is no script element anywhere.
    expect(article?.querySelector("h2")?.textContent).toBe('Koka vattnet <script>alert("x")</script> & "citat"');
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(article?.textContent).toContain("Koka vatten som du ska dricka");
    const en = article?.querySelector('a[hreflang="en"]');
    expect(en?.getAttribute("href")).toContain(`?lang=en#g-${master.id}`);
    expect(en?.getAttribute("lang")).toBe("en");
    expect(doc.querySelector(".exercise")).toBeNull();
    expect(doc.querySelector("main")).not.toBeNull();
    expect(doc.querySelector('a[href="#main"]')).not.toBeNull();
  });

  it("shows the English version with lang=en and links back to Swedish", async () => {
    const doc = parseHtml((await anon.get(`/public/incidents/${real.id}?lang=en`)).text);
    expect(doc.documentElement.lang).toBe("en");
    const article = doc.querySelector(`article#g-${master.id}`);
    expect(article?.getAttribute("lang")).toBe("en");
    expect(article?.querySelector("h2")?.textContent).toBe(ENGLISH.headline);
    expect(article?.querySelector('a[hreflang="sv"]')).not.toBeNull();
    expect(doc.querySelector('nav a[aria-current="page"]')?.textContent).toBe("English");
  });

  it("tags the Swedish words on the English and Finnish pages with lang=sv (WCAG 3.1.2)", async () => {
    const en = parseHtml((await anon.get(`/public/incidents/${real.id}?lang=en`)).text);
    // The incident's title is the municipality's Swedish one.
    expect(en.querySelector('h1 > span[lang="sv"]')?.textContent).toBe("Vattenläcka i Norrby");
    // A <title> cannot tag a part: the page is named by its newest bulletin in the page's language.
    expect(en.title).toBe(ENGLISH.headline);
    // The translation kept the original's area words: they are Swedish inside the English article.
    const article = en.querySelector(`article#g-${master.id}`);
    const area = [...(article?.querySelectorAll("p") ?? [])].find((p) => p.textContent?.startsWith("Area: "));
    expect(area?.querySelector('span[lang="sv"]')?.textContent).toBe("Norrby, Söderäng och Västra industriområdet");
    // The statement exists in English: an English link on an English page needs no lang of its own.
    expect(en.querySelector('footer a[href*="/tillganglighet"]')?.hasAttribute("lang")).toBe(false);

    const fi = parseHtml((await anon.get(`/public/incidents/${real.id}?lang=fi`)).text);
    expect(fi.documentElement.lang).toBe("fi");
    expect(fi.querySelector('h1 > span[lang="sv"]')?.textContent).toBe("Vattenläcka i Norrby");
    // Nothing in Finnish yet: the page shows the Swedish versions and keeps the incident's title.
    expect(fi.title).toBe("Vattenläcka i Norrby");
    const statement = fi.querySelector('footer a[href*="/tillganglighet"]');
    expect(statement?.textContent).toBe("Accessibility statement");
    expect(statement?.getAttribute("lang")).toBe("en");

    // The Swedish page has nothing to tag.
    const sv = parseHtml((await anon.get(`/public/incidents/${real.id}`)).text);
    expect(sv.querySelector("h1 span")).toBeNull();
    expect(sv.title).toBe("Vattenläcka i Norrby");
  });

  it("leaves a translated area untagged: it is in the article's language", async () => {
    const loaded = await loadPublicIncident(server.database.db, real.id);
    if (!loaded) throw new Error("incident not public");
    const translated = {
      ...loaded,
      bulletins: loaded.bulletins.map((b) =>
        b.id === english.id && b.area ? { ...b, area: { ...b.area, description: "Norrby, Söderäng and the west" } } : b,
      ),
    };
    const doc = parseHtml(
      renderIncidentPage(translated, "en", { base: "http://x/public", senderName: "Norrby kommun" }),
    );
    const area = [...doc.querySelectorAll(`article#g-${master.id} p`)].find((p) => p.textContent?.startsWith("Area: "));
    expect(area?.textContent).toBe("Area: Norrby, Söderäng and the west");
    expect(area?.querySelector("span")).toBeNull();
  });

  it("marks ÖVNING / EXERCISE / HARJOITUS word by word with its language", async () => {
    const doc = parseHtml((await anon.get(`/public/incidents/${exercise.id}?lang=en`)).text);
    const words = [...(doc.querySelectorAll(".exercise span") ?? [])].map((s) => [
      s.getAttribute("lang"),
      s.textContent,
    ]);
    expect(words).toEqual([
      ["sv", "ÖVNING"],
      ["en", "EXERCISE"],
      ["fi", "HARJOITUS"],
    ]);
    expect(doc.querySelector(".exercise")?.textContent).toBe("ÖVNING / EXERCISE / HARJOITUS");
    // A deep link to an article (#g-…) on a phone lands far below the banner: the h1 and every article say it too.
    const marked = (el: Element | null) =>
      [...(el?.querySelectorAll(".exmark span") ?? [])].map((s) => [s.getAttribute("lang"), s.textContent]);
    expect(marked(doc.querySelector("h1"))).toEqual(words);
    expect(marked(doc.querySelector(`article#g-${exerciseBulletin.id} h2`))).toEqual(words);
    expect(doc.querySelector(`article#g-${exerciseBulletin.id} h2`)?.textContent).toBe(
      "ÖVNING / EXERCISE / HARJOITUS Övningsmeddelande om brand",
    );
    // A real incident has no such mark.
    expect(parseHtml((await anon.get(`/public/incidents/${real.id}`)).text).querySelector(".exmark")).toBeNull();
  });

  it("lists the incidents in English with ?lang=en and keeps the language from an incident page", async () => {
    const incidentPage = parseHtml((await anon.get(`/public/incidents/${real.id}?lang=en`)).text);
    const all = [...incidentPage.querySelectorAll("footer a")].find((a) => a.textContent === "All current incidents");
    expect(all?.getAttribute("href")).toMatch(/\/public\?lang=en$/);

    const doc = parseHtml((await anon.get("/public?lang=en")).text);
    expect(doc.documentElement.lang).toBe("en");
    expect(doc.querySelector("h1")?.textContent).toBe("Current incidents");
    expect(doc.title).toMatch(/^Current incidents – /);
    const link = [...doc.querySelectorAll("main li a")].find((a) => a.textContent === "Vattenläcka i Norrby");
    expect(link?.getAttribute("href")).toMatch(new RegExp(`/public/incidents/${real.id}\\?lang=en$`));
    expect(link?.querySelector('span[lang="sv"]')).not.toBeNull();
    // The newest bulletin in the page's language, tagged with it.
    const item = link?.closest("li");
    expect(item?.querySelector('span[lang="en"]')?.textContent).toBe(ENGLISH.headline);
    expect(item?.textContent).toContain("Last updated");
    const current = doc.querySelector('header nav a[aria-current="page"]');
    expect(current?.textContent).toBe("English");
    expect(doc.querySelector('header nav a[hreflang="sv"]')?.getAttribute("href")).toMatch(/\/public$/);

    const fi = parseHtml((await anon.get("/public?lang=fi")).text);
    expect(fi.documentElement.lang).toBe("fi");
    expect(fi.querySelector("h1")?.textContent).toBe("Ajankohtaiset tapahtumat");
    expect(fi.querySelector('footer a[href*="/tillganglighet"]')?.getAttribute("lang")).toBe("en");

    // Swedish stays the default, and an unknown language falls back to it.
    for (const path of ["/public", "/public?lang=xx"]) {
      const sv = parseHtml((await anon.get(path)).text);
      expect(sv.documentElement.lang, path).toBe("sv");
      expect(sv.querySelector("h1")?.textContent, path).toBe("Aktuella händelser");
      const svLink = [...sv.querySelectorAll("main li a")].find((a) => a.textContent === "Vattenläcka i Norrby");
      expect(svLink?.getAttribute("href"), path).toMatch(new RegExp(`/public/incidents/${real.id}$`));
    }
  });

  it("has no WCAG A/AA violations that axe-core can find without a browser", async () => {
    for (const path of [
      `/public/incidents/${real.id}`,
      `/public/incidents/${real.id}?lang=en`,
      `/public/incidents/${exercise.id}`,
      `/public/incidents/${real.id}?lang=fi`,
      "/public",
      "/public?lang=en",
      "/public?lang=fi",
    ]) {
      const violations = await axeViolations((await anon.get(path)).text);
      expect(
        violations.map((v) => `${v.id} (${v.impact})`),
        path,
      ).toEqual([]);
    }
  });

  it("lists real incidents with something published, never exercises or unpublished ones", async () => {
    const res = await anon.get("/public");
    expectNoInternals(res.text);
    const doc = parseHtml(res.text);
    const titles = [...doc.querySelectorAll("main li a")].map((a) => a.textContent);
    expect(titles).toContain("Vattenläcka i Norrby");
    expect(titles).not.toContain("Övning: brand i skola");
    expect(titles).not.toContain("Opublicerad händelse");
    expect(res.text).not.toContain("Övningsmeddelande");
  });

  it("answers 404 for incidents with nothing published and for unknown or malformed ids", async () => {
    const { incidents } = (await lead.get<{ incidents: Incident[] }>("/api/incidents")).body;
    const unpublished = incidents.find((i) => i.title === "Opublicerad händelse");
    for (const path of [
      `/public/incidents/${unpublished?.id}`,
      `/public/incidents/${crypto.randomUUID()}`,
      "/public/incidents/nope",
      `/public/bulletins/${crypto.randomUUID()}/cap.xml`,
      `/public/incidents/${unpublished?.id}/feed.json`,
    ]) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain("Opublicerad händelse");
    }
  });

  it("marks every output of an exercise ÖVNING / EXERCISE, with CAP status Exercise", async () => {
    const page = parseHtml((await anon.get(`/public/incidents/${exercise.id}`)).text);
    expect(page.querySelector(".exercise")?.textContent).toContain("ÖVNING / EXERCISE");
    expect(page.title).toMatch(/^ÖVNING/);
    const atom = parseXml((await anon.get(`/public/incidents/${exercise.id}/feed.atom`)).text);
    expect(texts(atom, "title").every((t) => t.startsWith("ÖVNING"))).toBe(true);
    const json = JSON.parse((await anon.get(`/public/incidents/${exercise.id}/feed.json`)).text) as {
      title: string;
      items: Array<{ title: string }>;
    };
    expect([json.title, ...json.items.map((i) => i.title)].every((t) => t.startsWith("ÖVNING"))).toBe(true);
    const cap = (await anon.get(`/public/bulletins/${exerciseBulletin.id}/cap.xml`)).text;
    expect(validateCap(cap)).toMatchObject({ ok: true });
    expect(texts(parseXml(cap), "status")).toEqual(["Exercise"]);
  });

  it("never puts an exercise in the real site-wide feeds", async () => {
    for (const path of ["/public/feed.atom", "/public/feed.json"]) {
      const res = await anon.get(path);
      expect(res.status).toBe(200);
      expect(res.text).not.toContain("Övning");
      expect(res.text).not.toContain(exercise.id);
      expect(res.text).not.toContain(exerciseBulletin.id);
      expect(res.text).toContain(master.id);
      expectNoInternals(res.text);
    }
  });

  it("serves an Atom feed that parses, one entry per published language version", async () => {
    const res = await anon.get(`/public/incidents/${real.id}/feed.atom`);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    expectNoInternals(res.text);
    const doc = parseXml(res.text);
    expect(doc.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    const entries = [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")];
    expect(entries.map((e) => e.getAttribute("xml:lang")).sort()).toEqual(["en", "sv"]);
    expect(entries.map((e) => texts(e, "id")[0]).sort()).toEqual(
      [`urn:uuid:${english.id}`, `urn:uuid:${master.id}`].sort(),
    );
    expect(texts(doc, "title")).toContain('Koka vattnet <script>alert("x")</script> & "citat"');
    const capLinks = [...doc.getElementsByTagNameNS("*", "link")].filter(
      (l) => l.getAttribute("type") === "application/cap+xml",
    );
    expect(capLinks).toHaveLength(2);
    expect(texts(doc, "updated").every((t) => !Number.isNaN(Date.parse(t)))).toBe(true);
  });

  it("serves a JSON Feed 1.1 that parses", async () => {
    const res = await anon.get(`/public/incidents/${real.id}/feed.json`);
    expect(res.headers.get("content-type")).toContain("application/feed+json");
    expectNoInternals(res.text);
    const feed = JSON.parse(res.text) as {
      version: string;
      title: string;
      items: Array<{ id: string; title: string; content_text: string; language: string; date_published: string }>;
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Vattenläcka i Norrby");
    expect(feed.items.map((i) => i.language).sort()).toEqual(["en", "sv"]);
    const sv = feed.items.find((i) => i.language === "sv");
    expect(sv?.content_text).toContain("Koka vatten som du ska dricka");
    // RFC 3339 to the second.
    expect(sv?.date_published).toBe((master.publishedAt ?? "").replace(/\.\d{3}Z$/, "Z"));
  });

  it("tags easy Swedish in both feeds with a BCP 47 tag of its own, not as standard Swedish", async () => {
    const own = await createIncident(lead, { title: "Strömavbrott i Åby" });
    const fact = await createFact(communicator, own.id, "Strömmen är borta i Åby.");
    const sv = await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, goodBulletin([fact.id], { headline: "Strömmen är borta i Åby" })),
    );
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, {
        ...goodBulletin([fact.id], {
          headline: "Det finns ingen ström i Åby",
          body: "Det finns ingen ström i Åby just nu. En ledning gick sönder i morse. Vi lagar den nu.",
          instruction: "Koka inte vatten på spisen. Ring 112 om det brinner.",
        }),
        language: "sv-lattlast",
        translationOf: sv.id,
      }),
    );
    const json = JSON.parse((await anon.get(`/public/incidents/${own.id}/feed.json`)).text) as {
      items: Array<{ title: string; language: string }>;
    };
    const byTitle = new Map(json.items.map((i) => [i.title, i.language]));
    expect(byTitle.get("Strömmen är borta i Åby")).toBe("sv");
    expect(byTitle.get("Det finns ingen ström i Åby")).toBe("sv-x-lattlast");
    // A well-formed BCP 47 tag, unchanged by canonicalisation.
    expect(Intl.getCanonicalLocales("sv-x-lattlast")).toEqual(["sv-x-lattlast"]);
    const atom = parseXml((await anon.get(`/public/incidents/${own.id}/feed.atom`)).text);
    const langs = [...atom.getElementsByTagNameNS("*", "entry")].map((entry) => [
      texts(entry, "title")[0],
      entry.getAttribute("xml:lang"),
    ]);
    expect(Object.fromEntries(langs)).toEqual({
      "Strömmen är borta i Åby": "sv",
      "Det finns ingen ström i Åby": "sv-x-lattlast",
    });
    const site = JSON.parse((await anon.get("/public/feed.json")).text) as { items: Array<{ language: string }> };
    expect(site.items.map((i) => i.language)).toContain("sv-x-lattlast");
    expect(site.items.map((i) => i.language)).not.toContain("sv-lattlast");
  });

  it("serves a CAP 1.2 alert that validates against the OASIS schema, one info per language", async () => {
    const res = await anon.get(`/public/bulletins/${english.id}/cap.xml`);
    expect(res.headers.get("content-type")).toContain("application/cap+xml");
    expectNoInternals(res.text);
    const validation = validateCap(res.text);
    expect(validation.ok, validation.output).toBe(true);
    const doc = parseXml(res.text);
    expect(texts(doc, "status")).toEqual(["Actual"]);
    expect(texts(doc, "scope")).toEqual(["Public"]);
    // The master's publish was the Alert; the translation published later made this an Update referencing it.
    expect(texts(doc, "msgType")).toEqual(["Update"]);
    expect(texts(doc, "identifier")).toEqual([`krisrum-${master.id}-2`]);
    expect(texts(doc, "references")[0]).toMatch(
      new RegExp(`^krisrum@kommun\\.example,krisrum-${master.id}-1,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00$`),
    );
    expect(texts(doc, "language")).toEqual(["sv-SE", "en"]);
    expect(texts(doc, "headline")).toEqual(['Koka vattnet <script>alert("x")</script> & "citat"', ENGLISH.headline]);
    // The incident's title is Swedish: the English block names its event in English, by its headline.
    expect(texts(doc, "event")).toEqual(["Vattenläcka i Norrby", ENGLISH.headline]);
    expect(texts(doc, "polygon")[0]?.split(" ")).toHaveLength(4); // closed ring
    expect(texts(doc, "web")[0]).toContain(`/public/incidents/${real.id}?lang=sv`);
    // The same alert whichever language version is asked for.
    expect((await anon.get(`/public/bulletins/${master.id}/cap.xml`)).text).toBe(res.text);
  });

  it("turns a retracted bulletin into a CAP Cancel referencing the earlier alerts, and marks it withdrawn", async () => {
    const own = await createIncident(lead, { title: "Felaktigt larm" });
    const fact = await createFact(communicator, own.id, "Larmet var felaktigt.");
    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, goodBulletin([fact.id], { headline: "Gå inte till badplatsen" })),
    );
    const edit = await put(communicator, `/api/bulletins/${b.id}`, {
      ...goodBulletin([fact.id], { headline: "Badplatsen är stängd" }),
      expectedVersion: 1,
    });
    await publish(communicator, lead, edit.body);
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, {
        ...goodBulletin([fact.id], ENGLISH),
        language: "en",
        translationOf: b.id,
      }),
    );
    const update = (await anon.get(`/public/bulletins/${b.id}/cap.xml`)).text;
    expect(texts(parseXml(update), "msgType")).toEqual(["Update"]);
    expect(validateCap(update).ok).toBe(true);

    expect((await lead.post(`/api/bulletins/${b.id}/retract`, { reason: INTERNAL.retractReason })).status).toBe(200);
    const cancel = (await anon.get(`/public/bulletins/${b.id}/cap.xml`)).text;
    const validation = validateCap(cancel);
    expect(validation.ok, validation.output).toBe(true);
    const doc = parseXml(cancel);
    expect(texts(doc, "msgType")).toEqual(["Cancel"]);
    expect(texts(doc, "references")[0]?.split(" ")).toHaveLength(3); // the Alert, the Update, the translation's Update
    // The Cancel says, in each block's language, that the message no longer applies; the withdrawn text and its
    // instruction are not repeated as if they still did.
    expect(texts(doc, "language")).toEqual(["sv-SE", "en"]);
    expect(texts(doc, "headline")).toEqual(["Tillbakadraget: Badplatsen är stängd", `Withdrawn: ${ENGLISH.headline}`]);
    expect(texts(doc, "description")).toEqual([
      "Det här meddelandet har dragits tillbaka och gäller inte längre.",
      "This message has been withdrawn and no longer applies.",
    ]);
    expect(texts(doc, "instruction")).toEqual([]);
    expect(texts(doc, "event")).toEqual(["Felaktigt larm", `Withdrawn: ${ENGLISH.headline}`]);
    expect(cancel).not.toContain("Koka vatten som du ska dricka");
    expect(cancel).not.toContain(ENGLISH.instruction);
    expect(cancel).not.toContain(ENGLISH.body);
    expectNoInternals(cancel);

    const page = await anon.get(`/public/incidents/${own.id}`);
    expectNoInternals(page.text);
    const article = parseHtml(page.text).querySelector(`article#g-${b.id}`);
    expect(article?.textContent).toContain("Tillbakadraget");
    expect(article?.textContent).toContain("har dragits tillbaka");
    expect(article?.textContent).not.toContain("Koka vatten som du ska dricka");
    const feed = JSON.parse((await anon.get(`/public/incidents/${own.id}/feed.json`)).text) as {
      items: Array<{ title: string }>;
    };
    expect(feed.items.map((i) => i.title).sort()).toEqual([
      "Tillbakadraget: Badplatsen är stängd",
      `Withdrawn: ${ENGLISH.headline}`,
    ]);
  });

  it("gzips large outputs for clients that accept it and sends them plain otherwise", async () => {
    const url = `${server.url}/public/incidents/${real.id}/feed.atom`;
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) =>
        get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ encoding: res.headers["content-encoding"], vary: res.headers.vary, body: Buffer.concat(chunks) }),
          );
        }).on("error", reject),
      );
    const plain = await raw({});
    const zipped = await raw({ "accept-encoding": "gzip, deflate" });
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe("gzip");
    expect(zipped.vary).toBe("Accept-Encoding");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(zipped.body.length).toBeLessThan(plain.body.length);
  });

  it("sends ETags and a short max-age, answers If-None-Match with 304 until something changes", async () => {
    const path = `/public/incidents/${real.id}`;
    const first = await anon.get(path);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=30");
    const again = await anon.request("GET", path, undefined, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    expect((await anon.request("GET", path, undefined, { "if-none-match": 'W/"other", ' + etag })).status).toBe(304);
    for (const feed of ["feed.atom", "feed.json"]) {
      const r = await anon.get(`${path}/${feed}`);
      expect(
        (await anon.request("GET", `${path}/${feed}`, undefined, { "if-none-match": r.headers.get("etag") ?? "" }))
          .status,
      ).toBe(304);
    }

    // Publishing changes the page: the old ETag no longer matches.
    const fact = await createFact(communicator, real.id, "Tankbilar står vid Norrby skola.");
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, real.id, goodBulletin([fact.id], { headline: "Tankbilar vid Norrby skola" })),
    );
    const changed = await anon.request("GET", path, undefined, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.text).toContain("Tankbilar vid Norrby skola");
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});
