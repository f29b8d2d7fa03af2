import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ROLES,
  type FaqEntry,
  type FaqSearchHit,
  type Incident,
  type PublicFaqEntry,
  type PublicFaqHit,
} from "../../../shared/index.js";
import { createFaqIndex } from "../../../shared/search/index.js";
import { PUBLIC_FAQ_RATE } from "../../../server/public/router.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createFaq, createPublishedFaq, demoIncidentId } from "./helpers.js";

const INTERNAL_FIELDS = [
  "createdBy",
  "updatedBy",
  "factIds",
  "staleFactIds",
  "stale",
  "overall",
  "version",
  "status",
  "audiences",
  "publishedAt",
  "createdAt",
];

describe.each(ENGINES)("FAQ search for other systems on %s", (engine) => {
  let server: TestServer;
  let communicator: ApiClient;
  let lead: ApiClient;
  let agent: ApiClient;
  let incidentId: string;
  let exercise: Incident;
  let exerciseEntry: FaqEntry;
  let draft: FaqEntry;
  let staffOnly: FaqEntry;
  let generator: FaqEntry;
  let real: Incident;
  let realEntry: FaqEntry;

  beforeAll(async () => {
    // trustProxy: the rate-limit test speaks for several addresses through X-Forwarded-For.
    server = await startTestServer({ engine, trustProxy: true });
    [communicator, lead, agent] = await Promise.all([server.as("communicator"), server.as("lead"), server.as("agent")]);
    incidentId = await demoIncidentId(lead);
    exercise = (await lead.post<Incident>("/api/incidents", { title: "Övning: gasläcka i hamnen", exercise: true }))
      .body;
    exerciseEntry = await createFaq(communicator, {
      incidentId: exercise.id,
      question: "Måste jag stänga fönstren för gasläckan i hamnen?",
      answer: "Ja, stäng fönster och ventilation.",
      publish: true,
    });
    draft = await createFaq(communicator, {
      incidentId,
      question: "Hur länge räcker reservkraften i vattenverket?",
      answer: "Utkast: tre dygn.",
    });
    staffOnly = await createFaq(communicator, {
      incidentId,
      question: "Var hämtar personalen nycklarna till reservkraften?",
      answer: "I receptionen.",
      audiences: ["staff"],
      publish: true,
    });
    // The demo incident is an exercise: the public FAQ needs a real one.
    real = (await lead.post<Incident>("/api/incidents", { title: "Elavbrott i Söderby efter stormen Gorm" })).body;
    // A real incident's entries (and general ones) go through review; the exercise's above publish in one step.
    realEntry = await createPublishedFaq(
      communicator,
      {
        incidentId: real.id,
        question: "När kommer strömmen tillbaka i Söderby?",
        answer: "Elbolaget räknar med i kväll.",
      },
      lead,
    );
    generator = await createPublishedFaq(
      communicator,
      {
        question: "Får jag låna en reservkraft-generator av kommunen?",
        answer: "Nej, kommunen lånar inte ut generatorer.",
      },
      lead,
    );
  });
  afterAll(() => server.close());

  const get = <T>(client: ApiClient, path: string, address = "198.51.100.1") =>
    client.request<T>("GET", path, undefined, { "x-forwarded-for": address });

  it("returns the console's hits: shared/search over the published entries with the incident boost, strong and coverage", async () => {
    const published = (await agent.get<{ entries: FaqEntry[] }>("/api/faq")).body.entries;
    const local = createFaqIndex(published);
    for (const q of [
      "måste jag koka vattnet",
      "kokar man vatnet",
      "var står tankbilen",
      "strömmen är borta när kommer den",
    ]) {
      const res = await agent.get<{ hits: FaqSearchHit[] }>(
        `/api/faq/search?q=${encodeURIComponent(q)}&incidentId=${incidentId}&limit=5`,
      );
      expect(res.status, res.text).toBe(200);
      const expected = local.search(q, { incidentId, limit: 5 });
      expect(res.body.hits.map((h) => [h.id, h.strong, h.coverage])).toEqual(
        expected.map((h) => [h.id, h.strong, h.coverage]),
      );
      for (const hit of res.body.hits) {
        expect(hit.entry).toMatchObject({ id: hit.id, status: "published" });
        expect(hit.entry.question.length).toBeGreaterThan(0);
      }
    }
    const strong = (
      await agent.get<{ hits: FaqSearchHit[] }>(
        `/api/faq/search?q=${encodeURIComponent("måste jag koka vattnet")}&incidentId=${incidentId}`,
      )
    ).body.hits;
    expect(strong[0]?.strong).toBe(true);
    expect(strong.slice(1).every((h) => !h.strong)).toBe(true);
  });

  it("follows FAQ changes at once: a newly published entry is found, an archived one is not, a draft never", async () => {
    const q = `/api/faq/search?q=${encodeURIComponent("reservkraften vattenverket")}`;
    expect((await agent.get<{ hits: FaqSearchHit[] }>(q)).body.hits.map((h) => h.id)).not.toContain(draft.id);
    const fresh = await createFaq(communicator, {
      incidentId,
      question: "Hur länge räcker reservkraften på äldreboendet?",
      answer: "Minst ett dygn.",
      publish: true,
    });
    expect((await agent.get<{ hits: FaqSearchHit[] }>(q)).body.hits.map((h) => h.id)).toContain(fresh.id);
    await lead.post(`/api/faq/${fresh.id}/status`, { status: "archived" });
    expect((await agent.get<{ hits: FaqSearchHit[] }>(q)).body.hits.map((h) => h.id)).not.toContain(fresh.id);
  });

  it("answers every signed-in role and refuses anyone not signed in with 401", async () => {
    for (const role of ROLES) {
      const res = await (await server.as(role)).get<{ hits: FaqSearchHit[] }>("/api/faq/search?q=koka");
      expect(res.status, `${role}: ${res.text}`).toBe(200);
      expect(res.body.hits.length).toBeGreaterThan(0);
    }
    const anonymous = await server.anonymous().get("/api/faq/search?q=koka");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it.each([
    ["", "q"],
    ["?q=", "q"],
    ["?q=%20%20", "q"],
    [`?q=koka&limit=0`, "limit"],
    [`?q=koka&limit=51`, "limit"],
    [`?q=koka&incidentId=norrby`, "incidentId"],
    [`?q=${"a".repeat(501)}`, "q"],
  ])("refuses /api/faq/search%s with 400 naming %s", async (query, field) => {
    const res = await agent.get(`/api/faq/search${query}`);
    expect(res.status, res.text).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field } });
  });

  it("publishes the public FAQ without a session: published entries of real incidents and general ones, no internal fields", async () => {
    const res = await get<{ entries: PublicFaqEntry[] }>(server.anonymous(), "/public/faq.json", "198.51.100.2");
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const ids = res.body.entries.map((e) => e.id);
    expect(ids).toContain(generator.id);
    expect(ids).not.toContain(exerciseEntry.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(staffOnly.id);
    expect(res.body.entries.find((e) => e.id === realEntry.id)?.incident).toEqual({ id: real.id, title: real.title });
    // The demo incident is an exercise: none of its entries is public.
    expect(res.body.entries.some((e) => e.incident?.id === incidentId)).toBe(false);
    expect(res.body.entries.find((e) => e.id === generator.id)).toEqual({
      id: generator.id,
      question: generator.question,
      answer: generator.answer,
      tags: [],
      language: "sv",
      incident: null,
      updatedAt: generator.updatedAt,
    });
    for (const field of INTERNAL_FIELDS) expect(res.text).not.toContain(`"${field}"`);
  });

  it("searches the public FAQ with the same ranking, and never finds an exercise's entry or a draft", async () => {
    const exerciseQ = await get<{ hits: PublicFaqHit[] }>(
      server.anonymous(),
      `/public/faq.json?q=${encodeURIComponent("stänga fönstren gasläckan hamnen")}`,
      "198.51.100.3",
    );
    expect(exerciseQ.status, exerciseQ.text).toBe(200);
    expect(exerciseQ.body.hits.map((h) => h.entry.id)).not.toContain(exerciseEntry.id);
    // The console does find it: the entry is published, only not public.
    const internal = (
      await agent.get<{ hits: FaqSearchHit[] }>(
        `/api/faq/search?q=${encodeURIComponent("stänga fönstren gasläckan hamnen")}`,
      )
    ).body.hits;
    expect(internal[0]?.id).toBe(exerciseEntry.id);

    const draftQ = await get<{ hits: PublicFaqHit[] }>(
      server.anonymous(),
      `/public/faq.json?q=${encodeURIComponent("reservkraften vattenverket")}`,
      "198.51.100.3",
    );
    expect(draftQ.body.hits.map((h) => h.entry.id)).not.toContain(draft.id);

    const koka = await get<{ hits: PublicFaqHit[] }>(
      server.anonymous(),
      `/public/faq.json?q=${encodeURIComponent("måste jag koka vattnet")}`,
      "198.51.100.3",
    );
    expect(koka.body.hits.some((h) => h.entry.incident?.id === incidentId)).toBe(false);

    const q = "när kommer strömmen tillbaka i söderby";
    const power = await get<{ q: string; hits: PublicFaqHit[] }>(
      server.anonymous(),
      `/public/faq.json?q=${encodeURIComponent(q)}`,
      "198.51.100.3",
    );
    expect(power.body.q).toBe(q);
    expect(power.body.hits[0]).toMatchObject({
      strong: true,
      entry: { id: realEntry.id, incident: { id: real.id, title: real.title } },
    });
    const inConsole = (await agent.get<{ hits: FaqSearchHit[] }>(`/api/faq/search?q=${encodeURIComponent(q)}`)).body
      .hits[0];
    expect(power.body.hits[0]?.coverage).toBe(inConsole?.coverage);
    for (const field of INTERNAL_FIELDS) expect(power.text).not.toContain(`"${field}"`);

    // An exercise turned real becomes public; the index follows the incident change.
    await lead.patch(`/api/incidents/${exercise.id}`, { exercise: false });
    const turnedReal = await get<{ hits: PublicFaqHit[] }>(
      server.anonymous(),
      `/public/faq.json?q=${encodeURIComponent("stänga fönstren gasläckan hamnen")}`,
      "198.51.100.3",
    );
    expect(turnedReal.body.hits[0]?.entry.id).toBe(exerciseEntry.id);
    await lead.patch(`/api/incidents/${exercise.id}`, { exercise: true });
  });

  it("takes an entry off the public FAQ when a fact it cites changes (stale) and when its incident closes", async () => {
    const listed = async () =>
      (
        await get<{ entries: PublicFaqEntry[] }>(server.anonymous(), "/public/faq.json", "198.51.100.5")
      ).body.entries.map((e) => e.id);
    const fact = (
      await communicator.post<{ id: string; version: number }>(`/api/incidents/${real.id}/facts`, {
        statement: "Strömmen är tillbaka i kväll.",
        source: "Elbolaget",
      })
    ).body;
    const cited = await createPublishedFaq(
      communicator,
      {
        incidentId: real.id,
        question: "Är strömmen tillbaka i kväll?",
        answer: "Ja, enligt elbolaget.",
        factIds: [fact.id],
      },
      lead,
    );
    expect(await listed()).toContain(cited.id);
    const patched = await communicator.patch(`/api/facts/${fact.id}`, {
      statement: "Strömmen är tillbaka i morgon.",
      expectedVersion: fact.version,
    });
    expect(patched.status, patched.text).toBe(200);
    expect(await listed()).not.toContain(cited.id);
    // Still in the console, marked stale there: the contact centre decides how to read it out.
    expect(
      (
        await agent.get<{ hits: FaqSearchHit[] }>(
          `/api/faq/search?q=${encodeURIComponent("är strömmen tillbaka i kväll")}`,
        )
      ).body.hits[0],
    ).toMatchObject({ id: cited.id, entry: { stale: true } });

    expect(await listed()).toContain(realEntry.id);
    await lead.patch(`/api/incidents/${real.id}`, { status: "closed" });
    expect(await listed()).not.toContain(realEntry.id);
    await lead.patch(`/api/incidents/${real.id}`, { status: "active" });
    expect(await listed()).toContain(realEntry.id);
  });

  it("refuses a bad public query with 400 naming the field", async () => {
    const res = await get(server.anonymous(), "/public/faq.json?limit=500", "198.51.100.4");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field: "limit" } });
  });

  it(`rate-limits the public FAQ per address: ${PUBLIC_FAQ_RATE.limit} requests a minute, then 429 with Retry-After`, async () => {
    const client = server.anonymous();
    const address = "203.0.113.7";
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof get>> | undefined;
    // A window can turn over during the run, so up to two windows' worth: one of them must overflow.
    for (let i = 0; i < 2 * PUBLIC_FAQ_RATE.limit + 1 && !limited; i++) {
      const res = await get(client, "/public/faq.json?q=koka", address);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, PUBLIC_FAQ_RATE.limit)).toEqual(Array(PUBLIC_FAQ_RATE.limit).fill(200));
    expect(limited?.status).toBe(429);
    expect(limited?.body).toMatchObject({ error: { code: "rate_limited" } });
    const retryAfter = Number(limited?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(PUBLIC_FAQ_RATE.windowMs / 1000);
    // Another address has its own budget, and the signed-in search is not limited by it.
    expect((await get(client, "/public/faq.json?q=koka", "203.0.113.8")).status).toBe(200);
    expect((await agent.get("/api/faq/search?q=koka")).status).toBe(200);
    // The address is not stored as such.
    const keys = await server.database.db.selectFrom("rate_counters").select("key").execute();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((k) => k.key).join(" ")).not.toContain("203.0.113.7");
  });
});
