import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, DomainEvent, Fact, FactVersion, Incident, NotificationData } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { collect } from "../../helpers/socket.js";
import { createBulletin, createFact, createIncident, goodBulletin, put } from "./fixtures.js";

describe.each(ENGINES)("facts register on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let viewer: ApiClient;
  let agent: ApiClient;
  let incident: Incident;
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator, viewer, agent] = await Promise.all([
      server.as("lead"),
      server.as("communicator"),
      server.as("viewer"),
      server.as("agent"),
    ]);
    incident = await createIncident(lead);
  });
  afterAll(() => server.close());

  it("creates a confirmed fact verified now by default, and lists the register oldest first", async () => {
    const before = Date.now();
    const first = await createFact(communicator, incident.id, "Huvudledningen vid Storgatan har gått sönder.");
    expect(first).toMatchObject({ status: "confirmed", version: 1, source: "VA-jouren", incidentId: incident.id });
    expect(Date.parse(first.verifiedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    const second = await createFact(communicator, incident.id, "Orsaken är okänd.", "unconfirmed");
    expect(second.verifiedAt).toBeNull();
    const list = await lead.get<{ facts: Fact[] }>(`/api/incidents/${incident.id}/facts`);
    expect(list.body.facts.map((f) => f.id).slice(0, 2)).toEqual([first.id, second.id]);
  });

  it("keeps every version and answers a stale expectedVersion with 409 and the current fact", async () => {
    const fact = await createFact(communicator, incident.id, "Tankbilen står vid idrottsplatsen.");
    const edited = await communicator.patch<Fact>(`/api/facts/${fact.id}`, {
      statement: "Tankbilen står vid biblioteket.",
      expectedVersion: 1,
    });
    expect(edited.body).toMatchObject({ version: 2, statement: "Tankbilen står vid biblioteket." });
    const stale = await lead.patch(`/api/facts/${fact.id}`, { status: "retracted", expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: "conflict", current: { version: 2, statement: "Tankbilen står vid biblioteket." } },
    });
    const unchanged = await lead.patch<Fact>(`/api/facts/${fact.id}`, {
      statement: "Tankbilen står vid biblioteket.",
      expectedVersion: 2,
    });
    expect(unchanged.body.version).toBe(2);
    const versions = (await communicator.get<{ versions: FactVersion[] }>(`/api/facts/${fact.id}/versions`)).body
      .versions;
    expect(versions.map((v) => [v.version, v.statement, v.changed])).toEqual([
      [1, "Tankbilen står vid idrottsplatsen.", []],
      [2, "Tankbilen står vid biblioteket.", ["statement"]],
    ]);
    expect(versions[1]?.changedBy.displayName).toContain("Sara Nyström");
  });

  it("lets communicators, leads and admins write facts and refuses agents and viewers with 403", async () => {
    for (const client of [agent, viewer]) {
      const res = await client.post(`/api/incidents/${incident.id}/facts`, { statement: "x", source: "y" });
      expect(res.status).toBe(403);
    }
    const fact = await createFact(lead, incident.id, "Kokningsrekommendationen gäller tills vidare.");
    expect((await viewer.patch(`/api/facts/${fact.id}`, { status: "retracted", expectedVersion: 1 })).status).toBe(403);
    // No published text cites it: the facts register is the crisis team's, so a viewer finds nothing (review and staleness).
    expect((await viewer.get(`/api/facts/${fact.id}`)).status).toBe(404);
    expect((await communicator.get(`/api/facts/${fact.id}`)).status).toBe(200);
  });

  it("rejects bad input naming the field, and unknown incidents and facts with 404", async () => {
    const bad = await communicator.post(`/api/incidents/${incident.id}/facts`, { statement: "", source: "VA" });
    expect(bad.body).toMatchObject({ error: { code: "validation", field: "statement" } });
    const noVersion = await communicator.patch(`/api/facts/${crypto.randomUUID()}`, { status: "retracted" });
    expect(noVersion.body).toMatchObject({ error: { code: "validation", field: "expectedVersion" } });
    expect(
      (await communicator.patch(`/api/facts/${crypto.randomUUID()}`, { status: "retracted", expectedVersion: 1 }))
        .status,
    ).toBe(404);
    expect(
      (await communicator.post(`/api/incidents/${crypto.randomUUID()}/facts`, { statement: "a", source: "b" })).status,
    ).toBe(404);
  });

  it("retracting a fact flags exactly the bulletins citing it, in one transaction, and notifies their authors", async () => {
    const own = await createIncident(lead, { title: "Stale-propagering" });
    const cited = await createFact(communicator, own.id, "Vattnet i Söderäng är förorenat.");
    const other = await createFact(communicator, own.id, "Tankbilar står vid Norrby skola.");
    const citing = await createBulletin(communicator, own.id, goodBulletin([cited.id]));
    const admin = await server.as("admin");
    const citingBoth = await createBulletin(admin, own.id, {
      ...goodBulletin([other.id, cited.id], { headline: "Boil your water" }),
      language: "en",
    });
    const notCiting = await createBulletin(communicator, own.id, goodBulletin([other.id]));
    const retractedAlready = await createBulletin(communicator, own.id, goodBulletin([cited.id]));
    expect((await lead.post(`/api/bulletins/${retractedAlready.id}/retract`, { reason: "Dubblett" })).status).toBe(200);
    // A bulletin that cited the fact in an older version only is not flagged: only the working version counts.
    const citedBefore = await createBulletin(communicator, own.id, goodBulletin([cited.id]));
    expect(
      (await put(communicator, `/api/bulletins/${citedBefore.id}`, { ...goodBulletin([other.id]), expectedVersion: 1 }))
        .status,
    ).toBe(200);

    const commSocket = await server.socket(communicator);
    const leadSocket = await server.socket(lead);
    const seen = collect(commSocket, "event");
    const seenByLead = collect(leadSocket, "event");
    const seqBefore = (await viewer.get<{ latestSeq: number }>("/api/events?since=0&limit=1")).body.latestSeq;

    const retracted = await lead.patch<Fact>(`/api/facts/${cited.id}`, { status: "retracted", expectedVersion: 1 });
    expect(retracted.status).toBe(200);

    const all = (await communicator.get<{ bulletins: Bulletin[] }>(`/api/incidents/${own.id}/bulletins`)).body
      .bulletins;
    const flagged = all
      .filter((b) => b.stale.length > 0)
      .map((b) => b.id)
      .sort();
    expect(flagged).toEqual([citing.id, citingBoth.id].sort());
    const reason = all.find((b) => b.id === citing.id)?.stale[0];
    expect(reason).toMatchObject({ reason: "fact_retracted", factId: cited.id, factVersion: 2 });
    expect(all.find((b) => b.id === notCiting.id)?.stale).toEqual([]);

    // The fact change, both stale flags and the notifications are consecutive events of one commit.
    const events = (await viewer.get<{ events: DomainEvent[] }>(`/api/events?since=${seqBefore}`)).body.events;
    const mine = (await communicator.get<{ events: DomainEvent[] }>(`/api/events?since=${seqBefore}`)).body.events;
    // Nothing published cites the fact: a viewer hears none of it (drafts, their flags and the fact are the team's).
    expect(events.map((e) => e.type)).toEqual([]);
    expect(mine.map((e) => e.type)).toEqual([
      "fact.updated",
      "bulletin.stale",
      "notification",
      "bulletin.stale",
      "notification",
    ]);
    const notes = mine.filter((e) => e.type === "notification").map((e) => e.data as NotificationData);
    const idOf = async (c: ApiClient) => (await c.get<{ user: { id: string } }>("/api/me")).body.user.id;
    // Each author hears about their own bulletin; the lead who retracted the fact is not told of their own act.
    expect(notes.map((n) => [n.kind, n.factId, n.bulletinId, n.recipients])).toEqual([
      ["fact_retracted", cited.id, citing.id, [await idOf(communicator)]],
      ["fact_retracted", cited.id, citingBoth.id, [await idOf(admin)]],
    ]);
    expect(mine.find((e) => e.type === "notification")?.visibleTo).toEqual(["admin", "lead", "communicator"]);
    // The incident log records the change itself, not the notifications that echo it to a few people.
    const log = (
      await communicator.get<{ items: Array<{ source: string; type?: string }> }>(`/api/incidents/${own.id}/log`)
    ).body.items;
    expect(log.some((i) => i.type === "fact.updated")).toBe(true);
    expect(log.filter((i) => i.type === "notification")).toEqual([]);

    await expect.poll(() => seen.filter((e) => e.type === "bulletin.stale").length).toBe(2);
    await expect.poll(() => seenByLead.filter((e) => e.type === "fact.updated").length).toBe(1);
  });

  it("a wording change flags citing bulletins as fact_changed; a new source alone flags nothing", async () => {
    const own = await createIncident(lead, { title: "Ändrad formulering" });
    const fact = await createFact(communicator, own.id, "Tankbilen står vid idrottsplatsen.");
    const b = await createBulletin(communicator, own.id, goodBulletin([fact.id]));
    await lead.patch(`/api/facts/${fact.id}`, { source: "Räddningstjänsten", expectedVersion: 1 });
    expect((await communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body.stale).toEqual([]);
    await lead.patch(`/api/facts/${fact.id}`, { statement: "Tankbilen står vid biblioteket.", expectedVersion: 2 });
    const flagged = (await communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    expect(flagged.stale).toEqual([
      expect.objectContaining({ reason: "fact_changed", factId: fact.id, factVersion: 3 }),
    ]);
    // Saving a new version is how the author confirms the text against the current facts.
    const saved = await put(communicator, `/api/bulletins/${b.id}`, { ...goodBulletin([fact.id]), expectedVersion: 1 });
    expect(saved.body.stale).toEqual([]);
  });
});
