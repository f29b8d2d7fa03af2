import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";
import { parseHtml, parseXml, texts, validateCap } from "./publicHelpers.js";

const ATOM = "http://www.w3.org/2005/Atom";
const INTERNAL = [
  "UTKAST-EJ-PUBLICERAT",
  "TILLBAKADRAGNINGSSKÄL-INTERNT",
  "GRINDMOTIVERING-INTERN",
  "INTERN: krisledningen",
  "Sara Nyström",
  "Anna Lind",
  "Erik Holm",
];

interface IndexEntry {
  id: string;
  title: string;
  updated: string;
  msgType: string;
  capUrl: string;
  lang: string | null;
}

function readIndex(xml: string): { doc: Document; entries: IndexEntry[] } {
  const doc = parseXml(xml);
  expect(doc.documentElement.namespaceURI).toBe(ATOM);
  expect(doc.documentElement.localName).toBe("feed");
  const entries = [...doc.getElementsByTagNameNS(ATOM, "entry")].map((e) => {
    const caps = [...e.getElementsByTagNameNS(ATOM, "link")].filter(
      (l) => l.getAttribute("rel") === "alternate" && l.getAttribute("type") === "application/cap+xml",
    );
    expect(caps).toHaveLength(1);
    return {
      id: texts(e, "id")[0] ?? "",
      title: texts(e, "title")[0] ?? "",
      updated: texts(e, "updated")[0] ?? "",
      msgType: e.getElementsByTagNameNS(ATOM, "category")[0]?.getAttribute("term") ?? "",
      capUrl: caps[0]?.getAttribute("href") ?? "",
      lang: e.getAttribute("xml:lang"),
    };
  });
  return { doc, entries };
}

const pathOf = (url: string) => new URL(url).pathname;

describe.each(ENGINES)("per-incident CAP index on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let real: Incident;
  let factId: string;
  let alerted: Bulletin; // published, then a translation published: Update
  let edited: Bulletin; // published, edited and published again: Update
  let retracted: Bulletin; // published, then retracted: Cancel

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    real = await createIncident(lead, { title: "Vattenläcka i Norrby" });
    factId = (await createFact(communicator, real.id, "Ledningen vid Storgatan har gått sönder.")).id;
    alerted = await publish(
      communicator,
      lead,
      await createBulletin(communicator, real.id, goodBulletin([factId], { headline: "Koka vattnet i Norrby" })),
    );
    const en = await createBulletin(communicator, real.id, {
      ...goodBulletin([factId], { headline: "Boil your water in Norrby" }),
      language: "en",
      translationOf: alerted.id,
    });
    await publish(communicator, lead, en, "GRINDMOTIVERING-INTERN");
    edited = await publish(
      communicator,
      lead,
      await createBulletin(communicator, real.id, goodBulletin([factId], { headline: "Tankbilar vid skolan" })),
    );
    const edit = await put(communicator, `/api/bulletins/${edited.id}`, {
      ...goodBulletin([factId], { headline: "Tankbilar vid skolan och torget" }),
      expectedVersion: edited.version,
    });
    await publish(communicator, lead, edit.body);
    retracted = await publish(
      communicator,
      lead,
      await createBulletin(communicator, real.id, goodBulletin([factId], { headline: "Gå inte till badplatsen" })),
    );
    expect(
      (await lead.post(`/api/bulletins/${retracted.id}/retract`, { reason: "TILLBAKADRAGNINGSSKÄL-INTERNT" })).status,
    ).toBe(200);
    // Never public: a draft, and an unpublished edit of a live bulletin.
    await createBulletin(communicator, real.id, goodBulletin([factId], { headline: "UTKAST-EJ-PUBLICERAT" }));
    const live = (await communicator.get<Bulletin>(`/api/bulletins/${alerted.id}`)).body;
    await put(communicator, `/api/bulletins/${alerted.id}`, {
      ...goodBulletin([factId], { headline: "UTKAST-EJ-PUBLICERAT" }),
      expectedVersion: live.version,
    });
  });
  afterAll(() => server.close());

  it("lists exactly the current alert of each published language group, each linking its CAP alert", async () => {
    const res = await anon.get(`/public/incidents/${real.id}/cap.atom`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    for (const secret of INTERNAL) expect(res.text).not.toContain(secret);
    const { doc, entries } = readIndex(res.text);
    expect(texts(doc, "title")[0]).toBe("Vattenläcka i Norrby – CAP");
    const selfLink = [...doc.documentElement.children].find(
      (c) => c.localName === "link" && c.getAttribute("rel") === "self",
    );
    expect(pathOf(selfLink?.getAttribute("href") ?? "http://x/")).toBe(`/public/incidents/${real.id}/cap.atom`);

    // One entry per group (the English translation shares its master's alert); newest first.
    expect(entries.map((e) => pathOf(e.capUrl)).sort()).toEqual(
      [alerted.id, edited.id, retracted.id].map((id) => `/public/bulletins/${id}/cap.xml`).sort(),
    );
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
    expect(entries.map((e) => e.lang)).toEqual(["sv", "sv", "sv"]);

    for (const entry of entries) {
      const cap = await anon.get(pathOf(entry.capUrl));
      expect(cap.status).toBe(200);
      const validation = validateCap(cap.text);
      expect(validation.ok, validation.output).toBe(true);
      const alert = parseXml(cap.text);
      // The entry is the alert the link serves now: same identifier, msgType and sent time.
      expect(entry.id.endsWith(`#${texts(alert, "identifier")[0]}`)).toBe(true);
      expect(entry.msgType).toBe(texts(alert, "msgType")[0]);
      expect(Date.parse(entry.updated)).toBe(Date.parse(texts(alert, "sent")[0] ?? ""));
    }
    const byGroup = new Map(entries.map((e) => [pathOf(e.capUrl).split("/")[3], e]));
    expect(byGroup.get(alerted.id)).toMatchObject({ msgType: "Update", title: "Koka vattnet i Norrby" });
    expect(byGroup.get(edited.id)).toMatchObject({ msgType: "Update", title: "Tankbilar vid skolan och torget" });
    // A retracted group stays listed with its Cancel, so a late poller still learns it is withdrawn.
    expect(byGroup.get(retracted.id)).toMatchObject({
      msgType: "Cancel",
      title: "Tillbakadraget: Gå inte till badplatsen",
    });
  });

  it("is linked from the public incident page as an alternate", async () => {
    const doc = parseHtml((await anon.get(`/public/incidents/${real.id}`)).text);
    const link = doc.querySelector('head link[rel="alternate"][title="CAP"]');
    expect(link?.getAttribute("type")).toBe("application/atom+xml");
    expect(pathOf(link?.getAttribute("href") ?? "http://x/")).toBe(`/public/incidents/${real.id}/cap.atom`);
    expect(doc.querySelector(`footer a[href$="/incidents/${real.id}/cap.atom"]`)?.textContent).toBe(
      "CAP-varningar (Atom)",
    );
  });

  it("answers If-None-Match with 304 until something is published, then lists the new alert", async () => {
    const path = `/public/incidents/${real.id}/cap.atom`;
    const first = await anon.get(path);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=30");
    const again = await anon.request("GET", path, undefined, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");

    const fresh = await publish(
      communicator,
      lead,
      await createBulletin(
        communicator,
        real.id,
        goodBulletin([factId], { headline: "Tankbilar vid torget i Norrby" }),
      ),
    );
    const changed = await anon.request("GET", path, undefined, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const { entries } = readIndex(changed.text);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ msgType: "Alert", title: "Tankbilar vid torget i Norrby" });
    expect(pathOf(entries[0]?.capUrl ?? "http://x/")).toBe(`/public/bulletins/${fresh.id}/cap.xml`);
  });

  it("marks an exercise's index and entries ÖVNING, its alerts are status Exercise, and it stays out of the real index", async () => {
    const exercise = await createIncident(lead, { title: "Brand i skola", exercise: true });
    const exFact = await createFact(communicator, exercise.id, "Övningsfaktum.");
    const b = await publish(
      communicator,
      lead,
      await createBulletin(communicator, exercise.id, goodBulletin([exFact.id], { headline: "Utrym skolan" })),
    );
    const res = await anon.get(`/public/incidents/${exercise.id}/cap.atom`);
    expect(res.status).toBe(200);
    const { doc, entries } = readIndex(res.text);
    expect(texts(doc, "title").every((t) => t.startsWith("ÖVNING"))).toBe(true);
    expect(entries).toHaveLength(1);
    const cap = (await anon.get(pathOf(entries[0]?.capUrl ?? "http://x/"))).text;
    expect(texts(parseXml(cap), "status")).toEqual(["Exercise"]);
    expect((await anon.get(`/public/incidents/${real.id}/cap.atom`)).text).not.toContain(b.id);
  });

  it("answers 404 for an incident with nothing published and for unknown or malformed ids", async () => {
    const unpublished = await createIncident(lead, { title: "Opublicerad händelse" });
    for (const id of [unpublished.id, crypto.randomUUID(), "nope"]) {
      const res = await anon.get(`/public/incidents/${id}/cap.atom`);
      expect(res.status, id).toBe(404);
      expect(res.text).not.toContain("Opublicerad händelse");
    }
  });
});
