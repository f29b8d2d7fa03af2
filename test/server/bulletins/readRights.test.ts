import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PROTOCOL_VERSION,
  type Bulletin,
  type BulletinVersionSummary,
  type DomainEvent,
  type Fact,
  type FaqEntry,
  type Role,
  type SyncResult,
} from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { collect, nextEvent } from "../../helpers/socket.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";

// Read rights: agents and viewers read published text (bulletins, channel scripts) and the facts it cites;
// drafts, versions in review, the gate and facts no published text cites are the crisis team's. REST and socket.

const READERS: Role[] = ["agent", "viewer"];
const TEAM: Role[] = ["admin", "lead", "communicator"];
const DRAFT_HEADLINE = "UTKAST: vattnet är åter drickbart";

/**
 * A published FAQ answer: in one step where the server allows it, else through the FAQ review (a communicator
 * writes and submits, a lead approves and publishes).
 */
async function publishedFaq(writer: ApiClient, lead: ApiClient, body: Record<string, unknown>): Promise<FaqEntry> {
  const direct = await writer.post<FaqEntry>("/api/faq", { ...body, publish: true });
  if (direct.status === 201) return direct.body;
  const draft = await writer.post<FaqEntry>("/api/faq", body);
  expect(draft.status, draft.text).toBe(201);
  const submitted = await writer.post<FaqEntry>(`/api/faq/${draft.body.id}/submit`, {});
  expect(submitted.status, submitted.text).toBe(200);
  const approved = await lead.post<FaqEntry>(`/api/faq/${draft.body.id}/approve`, {
    expectedVersion: submitted.body.version,
  });
  expect(approved.status, approved.text).toBe(200);
  const published = await lead.post<FaqEntry>(`/api/faq/${draft.body.id}/publish`, {});
  expect(published.status, published.text).toBe(200);
  return published.body;
}

describe.each(ENGINES)("read rights follow what a role does, on %s", (engine) => {
  let server: TestServer;
  let c: Record<Role, ApiClient>;
  let incidentId: string;
  let cited: Fact;
  let draftOnly: Fact;
  let unconfirmed: Fact;
  let live: Bulletin;
  let draft: Bulletin;
  let citedByFaqOnly: Fact;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    c = await server.sessions();
    incidentId = (await createIncident(c.lead, { title: "Läsrätt" })).id;
    cited = await createFact(c.communicator, incidentId, "Dricksvattnet i Norrby ska kokas.");
    draftOnly = await createFact(c.communicator, incidentId, "Ledningen lagas under natten.");
    unconfirmed = await createFact(c.communicator, incidentId, "Orsaken kan vara sabotage.", "unconfirmed");
    citedByFaqOnly = await createFact(c.communicator, incidentId, "Tankbilen står vid skolan.");
    live = await publish(
      c.communicator,
      c.lead,
      await createBulletin(c.communicator, incidentId, goodBulletin([cited.id])),
    );
    const script = await c.communicator.post(`/api/bulletins/${live.id}/channels`, {
      channel: "contact-centre",
      text: "Säg till den som ringer: koka vattnet i minst en minut.",
    });
    expect(script.status, script.text).toBe(201);
    // An edit of the published bulletin, in review: the published version must stay what agents read.
    const edited = await put(c.communicator, `/api/bulletins/${live.id}`, {
      ...goodBulletin([cited.id, draftOnly.id, unconfirmed.id], { headline: DRAFT_HEADLINE }),
      expectedVersion: live.version,
    });
    expect(edited.status, edited.text).toBe(200);
    expect((await c.communicator.post(`/api/bulletins/${live.id}/submit`, {})).status).toBe(200);
    draft = await createBulletin(
      c.communicator,
      incidentId,
      goodBulletin([draftOnly.id], { headline: "Bara ett utkast" }),
    );
    await publishedFaq(c.communicator, c.lead, {
      incidentId,
      question: "Var står tankbilen?",
      answer: "Vid skolan.",
      factIds: [citedByFaqOnly.id],
    });
  });
  afterAll(() => server.close());

  it.each(READERS)(
    "%s lists only the published version of published bulletins, with its own channel script",
    async (role) => {
      const res = await c[role].get<{ bulletins: Bulletin[] }>(`/api/incidents/${incidentId}/bulletins`);
      expect(res.status).toBe(200);
      expect(res.body.bulletins.map((b) => b.id)).toEqual([live.id]);
      const [seen] = res.body.bulletins;
      expect(seen).toMatchObject({ status: "published", version: 1, publishedVersion: 1, headline: live.headline });
      expect(seen?.factIds).toEqual([cited.id]);
      expect(seen?.channelVersions.map((cv) => [cv.channel, cv.masterVersion])).toEqual([["contact-centre", 1]]);
      expect(JSON.stringify(res.body)).not.toContain("UTKAST");
      const filtered = await c[role].get<{ bulletins: Bulletin[] }>(
        `/api/incidents/${incidentId}/bulletins?status=published`,
      );
      expect(filtered.body.bulletins.map((b) => b.id)).toEqual([live.id]);
      const inReview = await c[role].get<{ bulletins: Bulletin[] }>(
        `/api/incidents/${incidentId}/bulletins?status=in_review`,
      );
      expect(inReview.body.bulletins).toEqual([]);
    },
  );

  it.each(READERS)(
    "%s gets 404 for a draft and its versions, only published versions, and 403 for the gate",
    async (role) => {
      expect((await c[role].get(`/api/bulletins/${draft.id}`)).status).toBe(404);
      expect((await c[role].get(`/api/bulletins/${draft.id}/versions`)).status).toBe(404);
      const one = await c[role].get<Bulletin>(`/api/bulletins/${live.id}`);
      expect(one.body).toMatchObject({ headline: live.headline, version: 1 });
      const versions = await c[role].get<{ versions: BulletinVersionSummary[] }>(`/api/bulletins/${live.id}/versions`);
      expect(versions.body.versions.map((v) => v.version)).toEqual([1]);
      expect((await c[role].get(`/api/bulletins/${live.id}/versions/1`)).status).toBe(200);
      expect((await c[role].get(`/api/bulletins/${live.id}/versions/2`)).status).toBe(404);
      const gate = await c[role].get(`/api/bulletins/${live.id}/gate`);
      expect(gate.status).toBe(403);
      expect(gate.body).toMatchObject({ error: { code: "forbidden" } });
    },
  );

  it.each(READERS)("%s reads the facts published text cites, not unconfirmed or draft-only facts", async (role) => {
    const res = await c[role].get<{ facts: Fact[] }>(`/api/incidents/${incidentId}/facts`);
    expect(res.body.facts.map((f) => f.id).sort()).toEqual([cited.id, citedByFaqOnly.id].sort());
    expect((await c[role].get(`/api/facts/${cited.id}`)).status).toBe(200);
    expect((await c[role].get(`/api/facts/${cited.id}/versions`)).status).toBe(200);
    for (const hidden of [draftOnly, unconfirmed]) {
      expect((await c[role].get(`/api/facts/${hidden.id}`)).status).toBe(404);
      expect((await c[role].get(`/api/facts/${hidden.id}/versions`)).status).toBe(404);
    }
  });

  it.each(TEAM)("%s reads every working version, the gate and every fact", async (role) => {
    const res = await c[role].get<{ bulletins: Bulletin[] }>(`/api/incidents/${incidentId}/bulletins`);
    expect(res.body.bulletins.map((b) => b.id).sort()).toEqual([live.id, draft.id].sort());
    expect(res.body.bulletins.find((b) => b.id === live.id)).toMatchObject({ headline: DRAFT_HEADLINE, version: 2 });
    expect((await c[role].get(`/api/bulletins/${live.id}/gate`)).status).toBe(200);
    expect((await c[role].get<{ facts: Fact[] }>(`/api/incidents/${incidentId}/facts`)).body.facts).toHaveLength(4);
  });

  it("an FAQ draft archived before it was ever published reaches the editors only; a published one's archive everyone", async () => {
    const draftFaq = await c.communicator.post<FaqEntry>("/api/faq", {
      incidentId,
      question: "HEMLIGT UTKAST: stängs skolan?",
      answer: "Utkast som aldrig publicerades.",
    });
    expect(draftFaq.status, draftFaq.text).toBe(201);
    const archived = await c.communicator.post(`/api/faq/${draftFaq.body.id}/status`, { status: "archived" });
    expect(archived.status, archived.text).toBe(200);
    const live = await publishedFaq(c.communicator, c.lead, {
      incidentId,
      question: "Öppnar simhallen?",
      answer: "Ja, i morgon.",
    });
    expect((await c.communicator.post(`/api/faq/${live.id}/status`, { status: "archived" })).status).toBe(200);

    const statusEvents = async (role: Role) =>
      (await c[role].get<{ events: DomainEvent[] }>("/api/events?since=0&limit=5000")).body.events.filter(
        (e) => e.type === "faq.status_changed" && e.incidentId === incidentId,
      );
    const forAgent = await statusEvents("agent");
    expect(forAgent.map((e) => e.entity.id)).toEqual([live.id]);
    expect(JSON.stringify(forAgent)).not.toContain("HEMLIGT UTKAST");
    expect((await statusEvents("communicator")).map((e) => e.entity.id).sort()).toEqual(
      [draftFaq.body.id, live.id].sort(),
    );
  });

  it("an agent's catch-up (sync and GET /api/events) carries no draft, review step, stale flag or hidden fact", async () => {
    const socket = await server.socket(c.agent);
    const ack = (await socket.emitWithAck("sync", { since: 0, protocol: PROTOCOL_VERSION })) as {
      ok: boolean;
      data: SyncResult;
    };
    expect(ack.ok).toBe(true);
    const synced = ack.data.reset ? [] : ack.data.events;
    const rest = (await c.agent.get<{ events: DomainEvent[] }>("/api/events?since=0&limit=5000")).body.events;
    for (const events of [synced, rest]) {
      const mine = events.filter(
        (e) => e.incidentId === incidentId && (e.type.startsWith("bulletin.") || e.type.startsWith("fact.")),
      );
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((e) => `${e.type}:${(e.data as { to?: string }).to ?? ""}`)).toEqual([
        "bulletin.status_changed:published",
        "bulletin.channel_saved:",
      ]);
      expect(JSON.stringify(mine)).not.toContain("UTKAST");
      expect(JSON.stringify(mine)).not.toContain(draftOnly.statement);
    }
  });

  it("a retraction while an edit is pending reaches agents as the published text, marked retracted", async () => {
    const agentSocket = await server.socket(c.agent);
    const leadSocket = await server.socket(c.lead);
    const agentSeen = collect(agentSocket, "event");
    const forAgent = nextEvent(
      agentSocket,
      "event",
      (e) => e.type === "bulletin.status_changed" && e.entity.id === live.id,
    );
    const forLead = nextEvent(
      leadSocket,
      "event",
      (e) => e.type === "bulletin.status_changed" && e.entity.id === live.id,
    );
    const res = await c.lead.post(`/api/bulletins/${live.id}/retract`, { reason: "Felaktig uppgift" });
    expect(res.status, res.text).toBe(200);
    const [agentEvent] = await forAgent;
    const [leadEvent] = await forLead;
    expect(agentEvent.data).toMatchObject({
      to: "retracted",
      readerCopy: true,
      bulletin: { status: "retracted", headline: live.headline, version: 1 },
    });
    expect(leadEvent.data).toMatchObject({ to: "retracted", bulletin: { headline: DRAFT_HEADLINE, version: 2 } });
    expect((leadEvent.data as { readerCopy?: boolean }).readerCopy).toBeUndefined();
    expect(JSON.stringify(agentSeen)).not.toContain("UTKAST");
  });
});
