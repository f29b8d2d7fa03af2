import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, FaqEntry, Incident } from "../../../shared/index.js";
import type { FromTemplateResult, TemplateList } from "../../../shared/schemas/template.js";
import { exampleSlots, findTemplate, TEMPLATE_LANGUAGES } from "../../../shared/templates/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createIncident, publish } from "../bulletins/fixtures.js";

const boil = findTemplate("boil-water")!;
/** Times ahead of now, so the next update is a promise and not already overdue. */
function slotsNow(): Record<string, string | Record<string, string>> {
  return {
    ...exampleSlots(boil),
    tid: new Date(Date.now() - 20 * 60_000).toISOString(),
    nästa_uppdatering: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  };
}

describe.each(ENGINES)("scenario templates on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let agent: ApiClient;
  let viewer: ApiClient;
  let incident: Incident;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator, agent, viewer] = await Promise.all([
      server.as("lead"),
      server.as("communicator"),
      server.as("agent"),
      server.as("viewer"),
    ]);
    incident = await createIncident(lead, { title: "Kokningsrekommendation Norrby" });
  });
  afterAll(() => server.close());

  it("lists the bank to the crisis team only", async () => {
    const res = await communicator.get<TemplateList>("/api/templates");
    expect(res.status, res.text).toBe(200);
    expect(res.body.templates.map((t) => t.id)).toContain("boil-water");
    expect(res.body.templates.find((t) => t.id === "shelter-in-place")?.texts.en.headline).toContain("{område}");
    expect((await agent.get("/api/templates")).status).toBe(403);
    expect((await viewer.get("/api/templates")).status).toBe(403);
    expect((await server.anonymous().get("/api/templates")).status).toBe(401);
  });

  it("drafts the bulletin, its three translations and the FAQ drafts in one step, and the master publishes without a reason", async () => {
    const res = await communicator.post<FromTemplateResult>(`/api/incidents/${incident.id}/bulletins/from-template`, {
      templateId: "boil-water",
      slots: slotsNow(),
    });
    expect(res.status, res.text).toBe(201);
    const { bulletin, translations, faq, channelDrafts } = res.body;
    expect(bulletin).toMatchObject({
      status: "draft",
      language: "sv",
      translationOf: null,
      headline: "Koka dricksvattnet i Norrby och Söderäng",
      categories: ["Health", "Infra"],
      certainty: "Likely",
    });
    expect(bulletin.instruction).toContain("Norrby skola");
    expect(bulletin.nextUpdateAt).not.toBeNull();
    expect(bulletin.expiresAt).not.toBeNull();
    expect(bulletin.area?.description).toBe("Norrby och Söderäng");
    expect(translations.map((t) => t.language).sort()).toEqual(TEMPLATE_LANGUAGES.filter((l) => l !== "sv").sort());
    expect(translations.every((t) => t.translationOf === bulletin.id && t.status === "draft")).toBe(true);
    expect(translations.find((t) => t.language === "en")?.headline).toBe(
      "Boil your drinking water in Norrby och Söderäng",
    );
    expect(faq.length).toBe(TEMPLATE_LANGUAGES.length * 2);
    expect(faq.every((f) => f.status === "draft" && f.incidentId === incident.id)).toBe(true);
    expect(channelDrafts.sv?.sms).toContain("Koka dricksvattnet");
    for (const b of [bulletin, ...translations])
      expect(b.score.errors, `${b.language}: ${JSON.stringify(b.score)}`).toBe(0);

    // Stored through the domain: the incident lists them, the FAQ has the drafts.
    const listed = (await lead.get<{ bulletins: Bulletin[] }>(`/api/incidents/${incident.id}/bulletins`)).body
      .bulletins;
    expect(listed.map((b) => b.id)).toEqual(expect.arrayContaining([bulletin.id, ...translations.map((t) => t.id)]));
    const entries = (await lead.get<{ entries: FaqEntry[] }>(`/api/faq?incidentId=${incident.id}&status=draft`)).body
      .entries;
    expect(entries.map((e) => e.id)).toEqual(expect.arrayContaining(faq.map((f) => f.id)));

    const gate = (await lead.get<{ passed: boolean }>(`/api/bulletins/${bulletin.id}/gate`)).body;
    expect(gate.passed, JSON.stringify(gate)).toBe(true);
    const published = await publish(communicator, lead, bulletin);
    expect(published.status).toBe("published");
  });

  it("writes the master in another language when asked, and can leave out translations and FAQ", async () => {
    const res = await communicator.post<FromTemplateResult>(`/api/incidents/${incident.id}/bulletins/from-template`, {
      templateId: "evacuation",
      language: "en",
      translations: false,
      faq: false,
      slots: {
        ...exampleSlots(findTemplate("evacuation")!),
        nästa_uppdatering: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.bulletin).toMatchObject({
      language: "en",
      headline: "Leave Norrby och Söderäng now",
      severity: "Extreme",
    });
    expect(res.body.bulletin.body).toContain("a forest fire is approaching the houses");
    expect(res.body.translations).toEqual([]);
    expect(res.body.faq).toEqual([]);
  });

  it("answers 400 naming a missing slot or an unknown template, and writes nothing", async () => {
    const before = (await lead.get<{ bulletins: Bulletin[] }>(`/api/incidents/${incident.id}/bulletins`)).body.bulletins
      .length;
    const { telefon: _t, ...withoutPhone } = slotsNow();
    const missing = await communicator.post<{ error: { code: string; field: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      { templateId: "boil-water", slots: withoutPhone },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: "validation", field: "slots.telefon" });
    const empty = await communicator.post<{ error: { field: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      { templateId: "boil-water", slots: { ...slotsNow(), område: "  " } },
    );
    expect(empty.body.error.field).toBe("slots.område");
    const badTime = await communicator.post<{ error: { field: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      { templateId: "boil-water", slots: { ...slotsNow(), nästa_uppdatering: "snart" } },
    );
    expect(badTime.body.error.field).toBe("slots.nästa_uppdatering");
    // A long list of areas made 249-character headlines (limit 200) that broke the incident's list for every reader.
    const long = await communicator.post<{ error: { field: string; reason: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      {
        templateId: "boil-water",
        slots: { ...slotsNow(), område: `${"Norrby, Söderäng, Västra industriområdet, ".repeat(5)}Åby` },
      },
    );
    expect(long.status, JSON.stringify(long.body)).toBe(400);
    expect(long.body.error).toMatchObject({ field: "slots.område", reason: "too_long" });
    expect(missing.body.error).toMatchObject({ reason: "required" });
    const unknown = await communicator.post<{ error: { field: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      { templateId: "meteor", slots: slotsNow() },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("templateId");
    const noId = await communicator.post<{ error: { field: string } }>(
      `/api/incidents/${incident.id}/bulletins/from-template`,
      { slots: slotsNow() },
    );
    expect(noId.status).toBe(400);
    expect(
      (await lead.get<{ bulletins: Bulletin[] }>(`/api/incidents/${incident.id}/bulletins`)).body.bulletins.length,
    ).toBe(before);
  });

  it("refuses roles that do not write bulletins, and an unknown incident", async () => {
    const path = `/api/incidents/${incident.id}/bulletins/from-template`;
    expect((await agent.post(path, { templateId: "boil-water", slots: slotsNow() })).status).toBe(403);
    expect((await viewer.post(path, { templateId: "boil-water", slots: slotsNow() })).status).toBe(403);
    const res = await communicator.post(`/api/incidents/00000000-0000-4000-8000-000000000000/bulletins/from-template`, {
      templateId: "boil-water",
      slots: slotsNow(),
    });
    expect(res.status).toBe(404);
  });
});
