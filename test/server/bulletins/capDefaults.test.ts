import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capCategoryFor, capDefaults, capExpires } from "../../../shared/capDefaults.js";
import type { Bulletin, Incident } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createFact, goodBulletin, publish } from "./fixtures.js";
import { parseXml, texts, validateCap } from "./publicHelpers.js";

describe("CAP defaults from the incident", () => {
  it("reads the incident's type from its title and description", () => {
    expect(capCategoryFor("Stormen Gudrun")).toBe("Met");
    expect(capCategoryFor("Skyfall över centrum")).toBe("Met");
    expect(capCategoryFor("Skogsbrand vid Norrby")).toBe("Fire");
    expect(capCategoryFor("Vattenläcka i Norrby")).toBe("Infra");
    expect(capCategoryFor("Elavbrott i hela kommunen")).toBe("Infra");
    expect(capCategoryFor("Kokningsrekommendation i Norrby")).toBe("Health");
    expect(capCategoryFor("Kemikalieutsläpp i hamnen")).toBe("CBRNE");
    expect(capCategoryFor("Jordskred vid älven")).toBe("Geo");
    expect(capCategoryFor("Samhällsstörning")).toBe("Safety");
  });

  it("takes severity and urgency from the incident's severity", () => {
    expect(capDefaults({ severity: "severe", title: "Storm" })).toEqual({
      severity: "Severe",
      urgency: "Immediate",
      categories: ["Met"],
    });
    expect(capDefaults({ severity: "extreme", title: "x" })).toMatchObject({
      severity: "Extreme",
      urgency: "Immediate",
    });
    expect(capDefaults({ severity: "moderate", title: "x" })).toMatchObject({
      severity: "Moderate",
      urgency: "Expected",
    });
    expect(capDefaults({ severity: "minor", title: "x" })).toMatchObject({ severity: "Minor", urgency: "Future" });
  });

  it("expires an hour after the promised update unless the writer set it", () => {
    expect(capExpires(null, "2026-12-03T10:00:00.000Z")).toBe("2026-12-03T11:00:00.000Z");
    expect(capExpires("2026-12-04T00:00:00.000Z", "2026-12-03T10:00:00.000Z")).toBe("2026-12-04T00:00:00.000Z");
    expect(capExpires(null, null)).toBeNull();
  });
});

describe.each(ENGINES)("CAP fields of a new bulletin on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let anon: ApiClient;
  let storm: Incident;
  let factId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    anon = server.anonymous();
    const res = await lead.post<Incident>("/api/incidents", {
      title: "Stormen Gudrun",
      severity: "severe",
      affectedAreas: ["Norrby"],
    });
    expect(res.status, res.text).toBe(201);
    storm = res.body;
    factId = (await createFact(communicator, storm.id, "SMHI varnar för orkanbyar.")).id;
  });
  afterAll(() => server.close());

  const draft = async (extra: Record<string, unknown>): Promise<Bulletin> => {
    const res = await communicator.post<Bulletin>(`/api/incidents/${storm.id}/bulletins`, {
      ...goodBulletin([factId]),
      ...extra,
    });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  it("a severe storm goes out Severe / Immediate / Met with expires after the promised update, valid CAP 1.2", async () => {
    const { urgency: _u, severity: _s, categories: _c, ...content } = goodBulletin([factId]);
    const next = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const res = await communicator.post<Bulletin>(`/api/incidents/${storm.id}/bulletins`, {
      ...content,
      nextUpdateAt: next,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ severity: "Severe", urgency: "Immediate", categories: ["Met"], expiresAt: null });
    const published = await publish(communicator, lead, res.body);
    const cap = (await anon.get(`/public/bulletins/${published.id}/cap.xml`)).text;
    const validation = validateCap(cap);
    expect(validation.ok, validation.output).toBe(true);
    const doc = parseXml(cap);
    expect(texts(doc, "severity")).toEqual(["Severe"]);
    expect(texts(doc, "urgency")).toEqual(["Immediate"]);
    expect(texts(doc, "category")).toEqual(["Met"]);
    expect(texts(doc, "expires")).toEqual([
      new Date(Date.parse(next) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "+00:00"),
    ]);
  });

  it("keeps what the writer chose, including an explicit expires", async () => {
    const expires = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const b = await draft({ severity: "Minor", urgency: "Future", categories: ["Transport"], expiresAt: expires });
    expect(b).toMatchObject({ severity: "Minor", urgency: "Future", categories: ["Transport"] });
    const published = await publish(communicator, lead, b);
    const doc = parseXml((await anon.get(`/public/bulletins/${published.id}/cap.xml`)).text);
    expect(texts(doc, "severity")).toEqual(["Minor"]);
    expect(texts(doc, "category")).toEqual(["Transport"]);
    expect(texts(doc, "expires")).toEqual([expires.replace(/\.\d{3}Z$/, "+00:00")]);
  });

  it("a translation without CAP fields takes its source's, and a save can still change them", async () => {
    const master = await draft({ severity: "Extreme", categories: ["Rescue"] });
    const {
      urgency: _u,
      severity: _s,
      categories: _c,
      ...content
    } = goodBulletin([factId], { headline: "Storm warning", body: "A storm.", instruction: "Stay indoors." });
    const res = await communicator.post<Bulletin>(`/api/incidents/${storm.id}/bulletins`, {
      ...content,
      language: "en",
      translationOf: master.id,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ severity: "Extreme", categories: ["Rescue"] });
    const saved = await communicator.request<Bulletin>("PUT", `/api/bulletins/${res.body.id}`, {
      ...content,
      severity: "Moderate",
      categories: ["Met"],
      expectedVersion: res.body.version,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ severity: "Moderate", categories: ["Met"] });
  });

  it("rejects an unknown CAP value naming the field", async () => {
    const res = await communicator.post(`/api/incidents/${storm.id}/bulletins`, {
      ...goodBulletin([factId]),
      severity: "Huge",
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("severity");
  });
});
