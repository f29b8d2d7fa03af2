import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, goodBulletin, publish } from "../bulletins/fixtures.js";
import { createPublishedFaq } from "../contact/helpers.js";
import { parseHtml, parseXml, validateCap } from "../bulletins/publicHelpers.js";
import { activeContent, XSS_PAYLOADS } from "./xssPayloads.js";

// Hardening: script and markup in every text field that reaches a public output come out as text. Each output is
// parsed as its readers parse it (HTML, XML, JSON); no executable element or attribute may appear, the payload must
// be there as text (escaped, not dropped), and CAP must still validate against the CAP 1.2 schema.

type Output =
  | "site.html"
  | "incident.html"
  | "incident.en.html"
  | "incident.atom"
  | "incident.json"
  | "site.atom"
  | "site.json"
  | "cap.xml"
  | "cap.atom"
  | "faq.json";

/** One world per payload: a real incident with a published Swedish master, its English translation and a public FAQ entry. */
interface World {
  payload: string;
  incident: Incident;
  master: Bulletin;
  english: Bulletin;
  faqId: string;
  /** Field → the exact text sent (the payload inside ordinary words). */
  fields: Record<string, string>;
}

/** Where each field must show up, as text. */
const REACHES: Record<string, Output[]> = {
  "incident.title": [
    "site.html",
    "incident.html",
    "incident.en.html",
    "incident.atom",
    "incident.json",
    "cap.xml",
    "cap.atom",
    "faq.json",
  ],
  "incident.affectedAreas": ["cap.xml"], // the English version has no area of its own: CAP falls back on the incident's
  "bulletin.headline": [
    "site.html",
    "incident.html",
    "incident.atom",
    "incident.json",
    "site.atom",
    "site.json",
    "cap.xml",
  ],
  "bulletin.body": ["incident.html", "incident.atom", "incident.json", "site.atom", "site.json", "cap.xml"],
  "bulletin.instruction": ["incident.html", "incident.atom", "incident.json", "site.atom", "site.json", "cap.xml"],
  "bulletin.area": ["incident.html", "cap.xml"],
  "translation.headline": ["incident.en.html", "incident.atom", "incident.json", "site.atom", "site.json", "cap.xml"],
  "translation.body": ["incident.en.html", "incident.atom", "incident.json", "site.atom", "site.json", "cap.xml"],
  "translation.instruction": [
    "incident.en.html",
    "incident.atom",
    "incident.json",
    "site.atom",
    "site.json",
    "cap.xml",
  ],
  "faq.question": ["faq.json"],
  "faq.answer": ["faq.json"],
  "faq.tag": ["faq.json"],
};

async function buildWorld(lead: ApiClient, communicator: ApiClient, payload: string, n: number): Promise<World> {
  const fields: Record<string, string> = {
    "incident.title": `Vattenläcka ${n} ${payload}`,
    "incident.affectedAreas": `Norrby ${n} ${payload}`,
    "bulletin.headline": `Koka vattnet ${n} ${payload}`,
    "bulletin.body": `Ledningen gick sönder i morse ${n}. ${payload} Vattnet kan vara förorenat.`,
    "bulletin.instruction": `Koka vattnet i en minut ${n}. ${payload}`,
    "bulletin.area": `Norrby och Söderäng ${n} ${payload}`,
    "translation.headline": `Boil your water ${n} ${payload}`,
    "translation.body": `A water main broke this morning ${n}. ${payload} The water may be unsafe.`,
    "translation.instruction": `Boil water for one minute ${n}. ${payload}`,
    "faq.question": `Kan jag dricka vattnet ${n} ${payload}?`,
    "faq.answer": `Koka det först ${n}. ${payload}`,
    "faq.tag": `tag${n} ${payload}`.slice(0, 60),
  };
  const f = (k: string) => fields[k] as string;
  const created = await lead.post<Incident>("/api/incidents", {
    title: f("incident.title"),
    affectedAreas: [f("incident.affectedAreas")],
  });
  expect(created.status, created.text).toBe(201);
  const incident = created.body;
  const reason = "Testtext med skadlig kod, publiceras med motivering.";
  const master = await publish(
    communicator,
    lead,
    await createBulletin(
      communicator,
      incident.id,
      goodBulletin([], {
        headline: f("bulletin.headline"),
        body: f("bulletin.body"),
        instruction: f("bulletin.instruction"),
        area: { description: f("bulletin.area") },
      }),
    ),
    reason,
  );
  const enDraft = await createBulletin(communicator, incident.id, {
    ...goodBulletin([], {
      headline: f("translation.headline"),
      body: f("translation.body"),
      instruction: f("translation.instruction"),
      area: null,
    }),
    language: "en",
    translationOf: master.id,
  });
  const english = await publish(communicator, lead, enDraft, reason);
  const faq = await createPublishedFaq(
    communicator,
    { question: f("faq.question"), answer: f("faq.answer"), tags: [f("faq.tag")], incidentId: incident.id },
    lead,
  );
  return { payload, incident, master, english, faqId: faq.id, fields };
}

describe.each(ENGINES)("XSS payloads in the public outputs (%s)", (engine) => {
  let server: TestServer;
  let worlds: World[] = [];
  /** The text of each output per world, as its reader sees it (decoded), and what parsing found wrong. */
  const seen = new Map<string, string>();
  let checks = 0;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    const [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    worlds = [];
    for (const [n, payload] of XSS_PAYLOADS.entries()) worlds.push(await buildWorld(lead, communicator, payload, n));
  });
  afterAll(() => server.close());

  const fetchText = async (path: string, type: RegExp): Promise<string> => {
    const res = await fetch(server.url + path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get("content-type"), path).toMatch(type);
    expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    return res.text();
  };

  /** Parses HTML: no active content, and the decoded text of the page. */
  const html = (path: string) => async () => {
    const doc = parseHtml(await fetchText(path, /^text\/html/));
    expect(activeContent(doc), path).toEqual([]);
    return doc.body.textContent ?? "";
  };
  /** Parses XML (well-formed or it throws): no active content; text in Atom stays plain text, never (X)HTML. */
  const xml = (path: string) => async () => {
    const body = await fetchText(path, /^application\/(atom|cap)\+xml/);
    const doc = parseXml(body);
    expect(activeContent(doc), path).toEqual([]);
    for (const el of Array.from(doc.querySelectorAll("title, content, summary, subtitle, rights")))
      expect(el.getAttribute("type") ?? "text", path).toBe("text");
    if (path.endsWith("cap.xml")) {
      const valid = validateCap(body);
      expect(valid.ok, valid.output).toBe(true);
      expect(doc.getElementsByTagNameNS("*", "info")).toHaveLength(2); // sv and en: a breaker closed no info early
    }
    return doc.documentElement.textContent ?? "";
  };
  /** JSON: plain strings only (no content_html for a feed reader to render). */
  const json = (path: string, type: RegExp) => async () => {
    const text = await fetchText(path, type);
    expect(text, path).not.toMatch(/content_html|summary_html/);
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(JSON.parse(text));
    return strings.join("\n");
  };

  it("escapes every field in every public output: parsed, nothing executable, the text intact", async () => {
    const site: Record<string, () => Promise<string>> = {
      "site.html": html("/public"),
      "site.atom": xml("/public/feed.atom"),
      "site.json": json("/public/feed.json", /^application\/feed\+json/),
      "faq.json": json("/public/faq.json", /^application\/json/),
    };
    for (const [output, read] of Object.entries(site)) seen.set(output, await read());
    for (const w of worlds) {
      const i = `/public/incidents/${w.incident.id}`;
      const per: Record<string, () => Promise<string>> = {
        "incident.html": html(i),
        "incident.en.html": html(`${i}?lang=en`),
        "incident.atom": xml(`${i}/feed.atom`),
        "incident.json": json(`${i}/feed.json`, /^application\/feed\+json/),
        "cap.xml": xml(`/public/bulletins/${w.master.id}/cap.xml`),
        "cap.atom": xml(`${i}/cap.atom`),
      };
      for (const [output, read] of Object.entries(per)) seen.set(`${w.incident.id}|${output}`, await read());
    }

    const missing: string[] = [];
    for (const w of worlds) {
      for (const [field, outputs] of Object.entries(REACHES)) {
        for (const output of outputs) {
          const text = seen.get(output) ?? seen.get(`${w.incident.id}|${output}`) ?? "";
          const expected = w.fields[field] as string;
          // Paragraphs and feeds may rewrap whitespace; the payload's characters must all be there, in order.
          if (!squash(text).includes(squash(expected))) missing.push(`${field} → ${output} (${w.payload})`);
          checks++;
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checks).toBe(XSS_PAYLOADS.length * Object.values(REACHES).flat().length);
    console.log(
      `xss public outputs (${engine}): ${XSS_PAYLOADS.length} payloads × ${Object.keys(REACHES).length} fields, ${checks} field × output checks over ${new Set(Object.values(REACHES).flat()).size} outputs`,
    );
  });

  it("refuses a javascript: or data: URL in the one link field (a claim's link) with 400 naming it", async () => {
    const communicator = await server.as("communicator");
    const incident = worlds[0]?.incident.id as string;
    for (const link of [
      "javascript:window.__xss=1",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>window.__xss=1</script>",
      "vbscript:x",
    ]) {
      const res = await communicator.post(`/api/incidents/${incident}/claims`, {
        text: "Vattnet är förgiftat",
        sourceChannel: "social",
        link,
      });
      expect(res.status, link).toBe(400);
      expect(res.body, link).toMatchObject({ error: { field: "link" } });
    }
  });
});

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
