import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";
import { parseHtml, parseXml, texts } from "./publicHelpers.js";

const FINNISH = {
  headline: "Keitä juomavesi Norrbyssä",
  body: "Norrbyn kunta tiedottaa: vesijohto rikkoutui Storgatanilla tänä aamuna.",
  instruction: "Keitä juomavesi ja ruoanlaittoon käytettävä vesi vähintään minuutin ajan.",
};

/** The public pages after withdrawals: what the list and the incident page say, in the page's language. */
describe("public pages after a withdrawal", () => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let incident: Incident;
  let gone: Incident;
  let master: Bulletin;
  let withdrawn: Bulletin;
  let power: Incident;
  let powerMaster: Bulletin;

  const retract = async (id: string) =>
    expect((await lead.post(`/api/bulletins/${id}/retract`, { reason: "Fel uppgift" })).status).toBe(200);

  beforeAll(async () => {
    server = await startTestServer();
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    incident = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    const fact = await createFact(communicator, incident.id, "Ledningen är trasig.");
    master = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([fact.id], { headline: "Koka vattnet i Norrby" })),
    );
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, {
        ...goodBulletin([fact.id], FINNISH),
        language: "fi",
        translationOf: master.id,
      }),
      "Översatt av kommunens översättare",
    );
    // A newer message, withdrawn: the newest change of the incident.
    withdrawn = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([fact.id], { headline: "Gå inte till badplatsen" })),
    );
    await retract(withdrawn.id);

    gone = await createIncident(lead, { title: "Felaktigt larm i Åby" });
    const goneFact = await createFact(communicator, gone.id, "Larmet var felaktigt.");
    const only = await publish(
      communicator,
      lead,
      await createBulletin(communicator, gone.id, goodBulletin([goneFact.id], { headline: "Utrym skolan i Åby" })),
    );
    await retract(only.id);

    // Only the Finnish version withdrawn: the Swedish original stays.
    power = await createIncident(lead, { title: "Strömavbrott i Norrby" });
    const powerFact = await createFact(communicator, power.id, "Strömmen är borta.");
    powerMaster = await publish(
      communicator,
      lead,
      await createBulletin(communicator, power.id, goodBulletin([powerFact.id], { headline: "Strömmen är borta" })),
    );
    const powerFi = await publish(
      communicator,
      lead,
      await createBulletin(communicator, power.id, {
        ...goodBulletin([powerFact.id], FINNISH),
        language: "fi",
        translationOf: powerMaster.id,
      }),
      "Översatt av kommunens översättare",
    );
    await retract(powerFi.id);
  });
  afterAll(() => server.close());

  const page = async (path: string) => parseHtml((await anon.get(path)).text);
  const item = (doc: Document, title: string) =>
    [...doc.querySelectorAll("main li")].find((li) => li.querySelector("a")?.textContent === title);

  it("lists an incident's newest live headline in the page's language, never a withdrawn one", async () => {
    const sv = item(await page("/public"), "Vattenläcka i Norrby");
    expect(sv?.textContent).not.toContain("Gå inte till badplatsen");
    expect(sv?.querySelector('span[lang="sv"]')?.textContent).toBe("Koka vattnet i Norrby");
    const fi = item(await page("/public?lang=fi"), "Vattenläcka i Norrby");
    expect(fi?.textContent).not.toContain("Gå inte till badplatsen");
    expect(fi?.querySelector('span[lang="fi"]')?.textContent).toBe(FINNISH.headline);
  });

  it("says the latest message was withdrawn when nothing live is left", async () => {
    const sv = item(await page("/public"), "Felaktigt larm i Åby");
    expect(sv?.textContent).not.toContain("Utrym skolan i Åby");
    expect(sv?.textContent).toContain("Det senaste meddelandet har dragits tillbaka.");
    const en = item(await page("/public?lang=en"), "Felaktigt larm i Åby");
    expect(en?.textContent).toContain("The latest message has been withdrawn.");
  });

  it("words badges, labels and dates in the page's language, tagged with it inside a Swedish article", async () => {
    const fi = await page(`/public/incidents/${incident.id}?lang=fi`);
    const article = fi.querySelector(`article#g-${withdrawn.id}`);
    expect(article?.getAttribute("lang")).toBe("sv");
    const badge = article?.querySelector("h2 .badge");
    expect(badge?.textContent).toBe("Peruttu");
    expect(badge?.getAttribute("lang")).toBe("fi");
    expect(article?.querySelector("h2 .withdrawn")?.textContent).toBe("Gå inte till badplatsen");
    expect(article?.textContent).toContain("Tämä tiedote on peruttu");
    expect(article?.textContent).not.toContain("Tillbakadraget");
    expect(article?.textContent).not.toContain("har dragits tillbaka");
    const meta = article?.querySelector(".meta");
    expect(meta?.getAttribute("lang")).toBe("fi");
    expect(meta?.textContent).toMatch(/^Julkaistu /);
    // A withdrawn message is not an untranslated one.
    expect(article?.querySelector(".missing")).toBeNull();

    const en = await page(`/public/incidents/${power.id}?lang=en`);
    const live = en.querySelector(`article#g-${powerMaster.id}`);
    expect(live?.querySelector('h3[lang="en"]')?.textContent).toBe("What you should do");
    expect(live?.textContent).not.toContain("Det här ska du göra");
    expect(live?.textContent).toContain("Area:");
    expect(live?.textContent).not.toContain("Område");
  });

  it("says a withdrawn translation was withdrawn, not that it is not translated yet", async () => {
    const fi = await page(`/public/incidents/${power.id}?lang=fi`);
    const notice = fi.querySelector(`article#g-${powerMaster.id} .missing`);
    expect(notice?.querySelector('span[lang="fi"]')?.textContent).toBe(
      "Tämän tiedotteen versio suomeksi on peruttu. Se näytetään ruotsiksi.",
    );
    expect(notice?.querySelector('span[lang="sv"]')?.textContent).toBe(
      "Meddelandet på finska har dragits tillbaka. Det visas på svenska.",
    );
    expect(notice?.textContent).not.toContain("ei ole vielä");
  });

  it("counts a withdrawal as an update, as the feed does, and shows when a message was withdrawn", async () => {
    const doc = await page(`/public/incidents/${incident.id}`);
    const meta = doc.querySelector(`article#g-${withdrawn.id} .meta`);
    expect(meta?.textContent).toContain(", tillbakadraget ");
    const withdrawnAt = meta?.querySelectorAll("time")[1]?.getAttribute("datetime") ?? "";
    expect(Date.parse(withdrawnAt)).toBeGreaterThan(Date.parse(withdrawn.publishedAt ?? ""));
    const clock = [...doc.querySelectorAll("main > p")].find((p) => p.textContent?.startsWith("Senast uppdaterad"));
    expect(clock?.querySelector("time")?.getAttribute("datetime")).toBe(withdrawnAt);
    // The feed's <updated> is the same instant (to the second).
    const atom = parseXml((await anon.get(`/public/incidents/${incident.id}/feed.atom`)).text);
    const feedUpdated = texts(atom.documentElement, "updated")[0] ?? "";
    expect(Math.floor(Date.parse(withdrawnAt) / 1000)).toBe(Date.parse(feedUpdated) / 1000);
    // And the list of incidents agrees.
    const listed = item(await page("/public"), "Vattenläcka i Norrby");
    expect(listed?.querySelector(".meta time")?.getAttribute("datetime")).toBe(withdrawnAt);
    // A live message says nothing about withdrawal.
    expect(doc.querySelector(`article#g-${master.id} .meta`)?.textContent).not.toContain("tillbakadraget");
  });

  it("answers 404 in the language the link asked for: text, lang, skip link and footer", async () => {
    const cases = [
      ["", "sv", "Sidan finns inte", "Gå till innehållet", /\/public$/],
      ["?lang=en", "en", "Page not found", "Skip to content", /\/public\?lang=en$/],
      ["?lang=fi", "fi", "Sivua ei löydy", "Siirry sisältöön", /\/public\?lang=fi$/],
      ["?lang=sv-lattlast", "sv", "Sidan finns inte", "Gå direkt till texten", /\/public\?lang=sv-lattlast$/],
      ["?lang=xx", "sv", "Sidan finns inte", "Gå till innehållet", /\/public$/],
    ] as const;
    for (const [query, lang, heading, skip, home] of cases) {
      const res = await anon.get(`/public/incidents/${crypto.randomUUID()}${query}`);
      expect(res.status, query).toBe(404);
      const doc = parseHtml(res.text);
      expect(doc.documentElement.lang, query).toBe(lang);
      expect(doc.querySelector("h1")?.textContent, query).toBe(heading);
      expect(doc.title, query).toBe(heading);
      expect(doc.querySelector("a.skip")?.textContent, query).toBe(skip);
      expect(doc.querySelector("footer a")?.getAttribute("href"), query).toMatch(home);
    }
    const feed = await anon.get(`/public/incidents/${crypto.randomUUID()}/feed.atom?lang=en`);
    expect(parseHtml(feed.text).querySelector("h1")?.textContent).toBe("Page not found");
  });

  it("reads a passed next-update promise as late, and a cached page does not outlive the promise", async () => {
    const soon = new Date(Date.now() + 2_500).toISOString();
    const late = await createIncident(lead, { title: "Vattenläcka i Västby" });
    const fact = await createFact(communicator, late.id, "Ledningen lagas.");
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, late.id, goodBulletin([fact.id], { nextUpdateAt: soon })),
    );
    const path = `/public/incidents/${late.id}`;
    const before = await anon.get(path);
    expect(before.text).toContain("Nästa uppdatering senast");
    const etag = before.headers.get("etag") ?? "";
    expect((await anon.request("GET", path, undefined, { "if-none-match": etag })).status).toBe(304);
    await new Promise((r) => setTimeout(r, Date.parse(soon) - Date.now() + 50));
    // No event was committed, yet the page changed: the old ETag no longer matches.
    const after = await anon.request("GET", path, undefined, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const clock = [...parseHtml(after.text).querySelectorAll("main > p")].find((p) =>
      p.textContent?.startsWith("Senast uppdaterad"),
    );
    expect(clock?.textContent).toContain("Nästa uppdatering utlovades senast");
    expect(clock?.textContent).toContain("och är försenad.");
    expect(clock?.textContent).not.toContain("Nästa uppdatering senast");
    expect(clock?.querySelector(`time[datetime="${soon}"]`)).not.toBeNull();
    const en = parseHtml((await anon.get(`${path}?lang=en`)).text);
    expect(en.querySelector("main")?.textContent).toContain("The next update was promised by");
    expect(en.querySelector("main")?.textContent).toContain("and is late.");
    const fi = parseHtml((await anon.get(`${path}?lang=fi`)).text);
    expect(fi.querySelector("main")?.textContent).toContain("ja se on myöhässä.");
  });

  it("warns on a translation once its original is republished, linking the original", async () => {
    const own = await createIncident(lead, { title: "Vattenläcka i Österby" });
    const fact = await createFact(communicator, own.id, "Ledningen lagas.");
    const original = await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, goodBulletin([fact.id], { headline: "Koka vattnet i Österby" })),
    );
    await publish(
      communicator,
      lead,
      await createBulletin(communicator, own.id, {
        ...goodBulletin([fact.id], { ...FINNISH, headline: "Keitä vesi Österbyssä" }),
        language: "fi",
        translationOf: original.id,
      }),
      "Översatt av kommunens översättare",
    );
    const path = `/public/incidents/${own.id}?lang=fi`;
    const notice = (doc: Document) =>
      [...doc.querySelectorAll(`article#g-${original.id} p.missing`)].find((p) => p.querySelector("a"));
    expect(notice(await page(path))).toBeUndefined();

    // An edit still in progress is not the public original: no warning yet.
    const edit = await put(communicator, `/api/bulletins/${original.id}`, {
      ...goodBulletin([fact.id], { headline: "Koka vattnet i hela Österby" }),
      expectedVersion: original.version,
    });
    expect(notice(await page(path))).toBeUndefined();

    await publish(communicator, lead, edit.body);
    const res = await anon.get(path);
    const doc = parseHtml(res.text);
    const article = doc.querySelector(`article#g-${original.id}`);
    expect(article?.querySelector("h2")?.textContent).toBe("Keitä vesi Österbyssä");
    const warning = notice(doc);
    expect(warning?.textContent).toBe(
      "Tiedote ruotsiksi on päivitetty tämän käännöksen jälkeen. Lue päivitetty tiedote",
    );
    expect(warning?.getAttribute("role")).toBe("note");
    expect(warning?.querySelector("a")?.getAttribute("href")).toMatch(
      new RegExp(`/public/incidents/${own.id}\\?lang=sv#g-${original.id}$`),
    );
    expect(warning?.querySelector("a")?.getAttribute("hreflang")).toBe("sv");
    expect(res.text).not.toContain("originalUpdated");
    expect(res.text).not.toContain("translationOfVersion");
    // The Swedish page shows the original itself: nothing to warn about.
    expect(notice(await page(`/public/incidents/${own.id}`))).toBeUndefined();
  });
});
