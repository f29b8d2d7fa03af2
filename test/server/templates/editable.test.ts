import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../shared/index.js";
import type {
  FromTemplateResult,
  TemplateDraftList,
  TemplateList,
  TemplateVersion,
} from "../../../shared/schemas/template.js";
import { exampleSlots, findTemplate, type ScenarioTemplate } from "../../../shared/templates/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createIncident } from "../bulletins/fixtures.js";

/** The editable part of a template, as the console would send it. */
function editable(t: ScenarioTemplate) {
  const { id: _id, version: _version, ...rest } = t;
  return rest;
}

describe.each(ENGINES)("templates kept by admins and leads on %s", (engine) => {
  let server: TestServer;
  let admin: ApiClient;
  let lead: ApiClient;
  let communicator: ApiClient;
  let agent: ApiClient;
  let incident: Incident;
  const boil = findTemplate("boil-water")!;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [admin, lead, communicator, agent] = await Promise.all([
      server.as("admin"),
      server.as("lead"),
      server.as("communicator"),
      server.as("agent"),
    ]);
    incident = await createIncident(lead, { title: "Mallar" });
  });
  afterAll(() => server.close());

  const headlineOf = async (id: string) =>
    (await communicator.get<TemplateList>("/api/templates")).body.templates.find((t) => t.id === id)?.texts.sv.headline;

  it("saves a changed built-in template as a draft, which changes nothing until someone else approves it", async () => {
    const changed = {
      ...editable(boil),
      texts: { ...boil.texts, sv: { ...boil.texts.sv, headline: "Koka vattnet i {område} tills vidare" } },
    };
    const saved = await lead.request<TemplateVersion>("PUT", "/api/templates/boil-water", {
      template: changed,
      expectedVersion: 1,
    });
    expect(saved.status, saved.text).toBe(201);
    expect(saved.body).toMatchObject({ templateId: "boil-water", version: 2, status: "draft", approvedBy: null });
    expect(await headlineOf("boil-water")).toBe("Koka dricksvattnet i {område}");

    const own = await lead.post<{ error: { code: string } }>("/api/templates/boil-water/approve", { version: 2 });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe("invalid_transition");
    const approved = await admin.post<TemplateVersion>("/api/templates/boil-water/approve", { version: 2 });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe("approved");
    expect(await headlineOf("boil-water")).toBe("Koka vattnet i {område} tills vidare");
    expect((await admin.post("/api/templates/boil-water/approve", { version: 2 })).status).toBe(409);

    // "Nytt meddelande från mall" now drafts from the approved version.
    const slots = { ...exampleSlots(boil), nästa_uppdatering: new Date(Date.now() + 3_600_000).toISOString() };
    const res = await communicator.post<FromTemplateResult>(`/api/incidents/${incident.id}/bulletins/from-template`, {
      templateId: "boil-water",
      slots,
      translations: false,
      faq: false,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.bulletin.headline).toBe("Koka vattnet i Norrby och Söderäng tills vidare");

    const versions = (await communicator.get<{ versions: TemplateVersion[] }>("/api/templates/boil-water/versions"))
      .body.versions;
    expect(versions.map((v) => [v.version, v.status])).toEqual([[2, "approved"]]);
    // Saving from a stale version is refused.
    expect(
      (await lead.request("PUT", "/api/templates/boil-water", { template: changed, expectedVersion: 1 })).status,
    ).toBe(409);
  });

  it("adds a new template to the bank once approved", async () => {
    const shelter = findTemplate("shelter-in-place")!;
    const gas = { ...editable(shelter), title: { sv: "Gasutsläpp", en: "Gas leak" } };
    const saved = await admin.request<TemplateVersion>("PUT", "/api/templates/gas-leak", { template: gas });
    expect(saved.status, saved.text).toBe(201);
    expect(saved.body.version).toBe(1);
    expect(
      (await communicator.get<TemplateList>("/api/templates")).body.templates.some((t) => t.id === "gas-leak"),
    ).toBe(false);
    expect((await lead.post("/api/templates/gas-leak/approve", { version: 1 })).status).toBe(200);
    expect(
      (await communicator.get<TemplateList>("/api/templates")).body.templates.find((t) => t.id === "gas-leak")?.title
        .sv,
    ).toBe("Gasutsläpp");
  });

  it("records every save and approval as an event of the catalogue (template edits are logged)", async () => {
    const heat = findTemplate("heat-wave")!;
    const cooler = { ...editable(heat), title: { sv: "Värmebölja (kommunens)", en: "Heat wave (ours)" } };
    const saved = await lead.request<TemplateVersion>("PUT", "/api/templates/heat-wave", {
      template: cooler,
      expectedVersion: 1,
    });
    expect(saved.status, saved.text).toBe(201);
    expect((await admin.post("/api/templates/heat-wave/approve", { version: 2 })).status).toBe(200);
    // A refused save (stale version) writes nothing.
    expect(
      (await lead.request("PUT", "/api/templates/heat-wave", { template: cooler, expectedVersion: 1 })).status,
    ).toBe(409);

    const rows = await server.database.db
      .selectFrom("events")
      .select(["type", "actor_id", "incident_id", "entity_type", "visible_to", "data"])
      .where("entity_id", "=", "heat-wave")
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.type)).toEqual(["template.saved", "template.approved"]);
    const [save, approval] = rows;
    expect(save).toMatchObject({ actor_id: saved.body.savedBy, incident_id: null, entity_type: "scenario_template" });
    expect(JSON.parse(save!.data)).toMatchObject({
      templateId: "heat-wave",
      version: 2,
      title: { sv: "Värmebölja (kommunens)", en: "Heat wave (ours)" },
    });
    expect(JSON.parse(save!.visible_to ?? "null")).toEqual(["admin", "lead", "communicator"]);
    const me = (await admin.get<{ user?: { id: string }; id?: string }>("/api/me")).body;
    expect(approval?.actor_id).toBe(me.user?.id ?? me.id);
    expect(approval?.actor_id).not.toBe(save?.actor_id);
    expect(JSON.parse(approval!.data)).toMatchObject({ version: 2, savedBy: saved.body.savedBy });
  });

  it("refuses a template that would not pass the gate, or uses a slot it does not declare, naming the field", async () => {
    const undeclared = {
      ...editable(boil),
      texts: { ...boil.texts, en: { ...boil.texts.en, headline: "Boil water in {stadsdel}" } },
    };
    const a = await lead.request<{ error: { field: string } }>("PUT", "/api/templates/boil-water-2", {
      template: undeclared,
    });
    expect(a.status).toBe(400);
    expect(a.body.error.field).toBe("template.texts.en.headline");
    // What the console needs to say it in Swedish or English rather than show the server's English.
    expect(a.body.error).toMatchObject({ reason: "undeclared_slot", slot: "stadsdel" });
    const vague =
      "Det kan möjligen vara sabotage enligt uppgifter på Facebook. Tre personer ska ha dött. Läget är under full kontroll.";
    const bad = {
      ...editable(boil),
      texts: { ...boil.texts, sv: { ...boil.texts.sv, body: vague, instruction: vague } },
    };
    const b = await lead.request<{ error: { field: string; message: string } }>("PUT", "/api/templates/boil-water-2", {
      template: bad,
    });
    expect(b.status, b.text).toBe(400);
    expect(b.body.error.field).toBe("template.texts.sv");
    expect(b.body.error).toMatchObject({ reason: "gate", score: expect.any(Number), threshold: expect.any(Number) });
    const findings = (b.body.error as unknown as { findings: { sv: string; en: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toEqual({ sv: expect.any(String), en: expect.any(String) });
    const badId = await lead.request<{ error: { field: string } }>("PUT", "/api/templates/Not%20an%20id", {
      template: editable(boil),
    });
    expect(badId.status).toBe(400);
    expect(
      (await lead.get<{ versions: TemplateVersion[] }>("/api/templates/boil-water-2/versions")).body.versions,
    ).toEqual([]);
  });

  it("lists a new template that is only a draft for the editor (admins and leads), not in the approved bank", async () => {
    const storm = findTemplate("storm")!;
    const gas = { ...editable(storm), title: { sv: "Gasläcka (test)", en: "Gas leak (test)" } };
    const saved = await lead.request<TemplateVersion>("PUT", "/api/templates/gaslacka-test-2", {
      template: gas,
      expectedVersion: 0,
    });
    expect(saved.status, saved.text).toBe(201);
    const drafts = await admin.get<TemplateDraftList>("/api/templates/drafts");
    expect(drafts.status, drafts.text).toBe(200);
    expect(drafts.body.templates).toContainEqual({
      id: "gaslacka-test-2",
      title: { sv: "Gasläcka (test)", en: "Gas leak (test)" },
      version: 1,
    });
    // Built-in templates with a pending draft (boil-water was changed above) are in the approved list, not here.
    expect(drafts.body.templates.every((t) => !findTemplate(t.id))).toBe(true);
    expect((await lead.get<TemplateDraftList>("/api/templates/drafts")).body.templates.map((t) => t.id)).toContain(
      "gaslacka-test-2",
    );
    // "Nytt meddelande från mall" still lists approved templates only.
    expect(
      (await communicator.get<TemplateList>("/api/templates")).body.templates.some((t) => t.id === "gaslacka-test-2"),
    ).toBe(false);
    // Same role check as the editor's other routes.
    expect((await communicator.get("/api/templates/drafts")).status).toBe(403);
    expect((await agent.get("/api/templates/drafts")).status).toBe(403);

    // Once approved by someone else it is in the bank and no longer a draft-only template.
    expect((await admin.post("/api/templates/gaslacka-test-2/approve", { version: 1 })).status).toBe(200);
    expect(
      (await admin.get<TemplateDraftList>("/api/templates/drafts")).body.templates.some(
        (t) => t.id === "gaslacka-test-2",
      ),
    ).toBe(false);
  });

  it("says a taken id when saving as a new template under an existing one, not a newer version", async () => {
    const storm = findTemplate("storm")!;
    for (const id of ["power-cut", "gas-leak"]) {
      const res = await lead.request<{ error: { code: string; field?: string; reason?: string } }>(
        "PUT",
        `/api/templates/${id}`,
        { template: editable(storm), expectedVersion: 0 },
      );
      expect(res.status, res.text).toBe(409);
      expect(res.body.error).toMatchObject({ code: "conflict", field: "id", reason: "id_taken" });
    }
    // A stale version of the same template is still the plain conflict.
    const stale = await lead.request<{ error: { code: string; field?: string; reason?: string } }>(
      "PUT",
      "/api/templates/power-cut",
      { template: editable(storm), expectedVersion: 3 },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.reason).toBeUndefined();
    expect(stale.body.error.field).toBeUndefined();
  });

  it("lets only admins and leads keep the bank", async () => {
    expect((await communicator.request("PUT", "/api/templates/boil-water", { template: editable(boil) })).status).toBe(
      403,
    );
    expect((await communicator.post("/api/templates/boil-water/approve", { version: 1 })).status).toBe(403);
    expect((await agent.get("/api/templates/boil-water/versions")).status).toBe(403);
  });
});
