import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Bulletin,
  ChannelVersion,
  Claim,
  ClaimCorrection,
  DomainEvent,
  Fact,
  FaqEntry,
  Inbox,
  Incident,
  NotificationData,
  User,
} from "../../../shared/index.js";
import { createTransactionRunner } from "../../../server/db/transaction.js";
import { flagCitingBulletins } from "../../../server/domain/bulletins/index.js";
import { flagRefutedClaims } from "../../../server/domain/claims/index.js";
import { flagCitingFaq } from "../../../server/domain/contact/index.js";
import { createFacts, type FactCiter } from "../../../server/domain/facts.js";
import { createPublisher } from "../../../server/realtime/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";

// Staleness everywhere: one fact change flags every text that cites it (bulletins in their working and published
// versions, channel versions, FAQ answers, claims), in the fact change's transaction, and nothing else.

const SMS = "Koka dricksvattnet i Norrby. Mer på norrby.se";

interface Scene {
  incident: Incident;
  cited: Fact;
  other: Fact;
  /** Published, cites `cited`, with an SMS version. */
  live: Bulletin;
  /** Published citing `cited`; its working draft since cites only `other`. */
  movedOn: Bulletin;
  /** Cites `other`; its press text quotes `cited`'s wording. */
  quoting: Bulletin;
  /** Cites `other`; its SMS says nothing of `cited`. */
  untouched: Bulletin;
  faq: FaqEntry;
  faqOther: FaqEntry;
  claim: Claim;
  claimOther: Claim;
  correction: Bulletin;
}

async function ok<T>(pending: Promise<{ status: number; body: unknown; text: string }>, status = 200): Promise<T> {
  const res = await pending;
  expect(res.status, res.text).toBe(status);
  return res.body as T;
}

async function channel(client: ApiClient, bulletinId: string, ch: string, text: string): Promise<ChannelVersion> {
  return ok(client.post(`/api/bulletins/${bulletinId}/channels`, { channel: ch, text }), 201);
}

describe.each(ENGINES)("a changed fact flags every text citing it, on %s", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator, admin] = await Promise.all([server.as("lead"), server.as("communicator"), server.as("admin")]);
  });
  afterAll(() => server.close());

  async function scene(title: string): Promise<Scene> {
    const incident = await createIncident(lead, { title });
    const cited = await createFact(communicator, incident.id, "Dricksvattnet i Söderäng är förorenat av bakterier.");
    const other = await createFact(communicator, incident.id, "Tankbilar står vid Norrby skola.");
    const live = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([cited.id])),
    );
    await channel(communicator, live.id, "sms", SMS);
    const movedOn = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([cited.id], { headline: "Tidigare besked" })),
    );
    await ok(put(communicator, `/api/bulletins/${movedOn.id}`, { ...goodBulletin([other.id]), expectedVersion: 1 }));
    const quoting = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([other.id], { headline: "Pressmeddelande" })),
    );
    await channel(communicator, quoting.id, "press", `Kommunen meddelar: ${cited.statement} Mer information följer.`);
    const untouched = await publish(
      communicator,
      lead,
      await createBulletin(communicator, incident.id, goodBulletin([other.id], { headline: "Tankbilar" })),
    );
    await channel(communicator, untouched.id, "sms", "Tankbilar står vid Norrby skola. Ta med egna dunkar.");
    const faq = await ok<FaqEntry>(
      communicator.post("/api/faq", {
        incidentId: incident.id,
        question: "Kan jag dricka vattnet i Söderäng?",
        answer: "Nej, koka vattnet i minst en minut innan du dricker det.",
        factIds: [cited.id],
      }),
      201,
    );
    const faqOther = await ok<FaqEntry>(
      communicator.post("/api/faq", {
        incidentId: incident.id,
        question: "Var finns tankbilarna?",
        answer: "Vid Norrby skola.",
        factIds: [other.id],
      }),
      201,
    );
    const raised = await ok<Claim>(
      communicator.post(`/api/incidents/${incident.id}/claims`, {
        text: "Vattnet i Söderäng är helt rent, det går bra att dricka",
        sourceChannel: "social",
        refutingFactIds: [cited.id],
      }),
      201,
    );
    await ok(communicator.post(`/api/claims/${raised.id}/take`, {}));
    const { claim, bulletin: correction } = await ok<ClaimCorrection>(
      communicator.post(`/api/claims/${raised.id}/correct`, {}),
      201,
    );
    const claimOther = await ok<Claim>(
      communicator.post(`/api/incidents/${incident.id}/claims`, {
        text: "Tankbilarna har åkt från skolan",
        sourceChannel: "social",
        refutingFactIds: [other.id],
      }),
      201,
    );
    return {
      incident,
      cited,
      other,
      live,
      movedOn,
      quoting,
      untouched,
      faq,
      faqOther,
      claim,
      claimOther,
      correction,
    };
  }

  const bulletinsOf = async (incidentId: string) =>
    new Map(
      (await ok<{ bulletins: Bulletin[] }>(admin.get(`/api/incidents/${incidentId}/bulletins`))).bulletins.map((b) => [
        b.id,
        b,
      ]),
    );
  const latestSeq = async () => (await ok<{ latestSeq: number }>(admin.get("/api/events?since=0&limit=1"))).latestSeq;

  it("one retraction flags the bulletin, its channel versions, the published version, the FAQ answer and the claim; nothing else", async () => {
    const s = await scene("Flaggor överallt");
    const before = await latestSeq();
    await ok(lead.patch(`/api/facts/${s.cited.id}`, { status: "retracted", expectedVersion: s.cited.version }));
    const reason = { reason: "fact_retracted", factId: s.cited.id, factVersion: 2 };

    const all = await bulletinsOf(s.incident.id);
    const live = all.get(s.live.id)!;
    // Published and not edited since: one reason covers the working version and the live text.
    expect(live.stale).toEqual([expect.objectContaining(reason)]);
    expect(live.channelVersions.map((c) => [c.channel, c.stale.map((r) => r.reason)])).toEqual([
      ["sms", ["fact_retracted"]],
    ]);
    // The live text still cites the fact though the working draft has dropped it: flagged as the published version.
    expect(all.get(s.movedOn.id)!.stale).toEqual([expect.objectContaining({ ...reason, scope: "published" })]);
    // A channel text quoting the fact's wording is flagged although its master cites another fact.
    const quoting = all.get(s.quoting.id)!;
    expect(quoting.stale).toEqual([]);
    expect(quoting.channelVersions.map((c) => c.stale.length)).toEqual([1]);
    const untouched = all.get(s.untouched.id)!;
    expect([untouched.stale, untouched.channelVersions[0]?.stale]).toEqual([[], []]);
    expect(all.get(s.correction.id)!.stale).toEqual([expect.objectContaining(reason)]);

    const faq = await ok<FaqEntry>(communicator.get(`/api/faq/${s.faq.id}`));
    expect(faq).toMatchObject({ stale: true, reviewReasons: [expect.objectContaining(reason)] });
    // Scored again with the fact retracted: the checklist's facts rule (FA3) now fails it.
    expect(faq.score.overall).toBeLessThan(s.faq.score.overall);
    expect(faq.score.status).toBe("fail");
    expect(faq.status).toBe(s.faq.status); // the review flag leaves the workflow status alone
    expect((await ok<FaqEntry>(communicator.get(`/api/faq/${s.faqOther.id}`))).stale).toBe(false);

    const claim = await ok<Claim>(communicator.get(`/api/claims/${s.claim.id}`));
    expect(claim.factFlags).toEqual([expect.objectContaining(reason)]);
    expect((await ok<Claim>(communicator.get(`/api/claims/${s.claimOther.id}`))).factFlags).toEqual([]);

    // The approval inbox lists each flagged text with why (the approval inbox); untouched texts stay out.
    const inbox = await ok<Inbox>(lead.get("/api/inbox"));
    const whyOf = (id: string) => inbox.items.find((i) => i.bulletin.id === id)?.why;
    expect(whyOf(s.live.id)).toEqual([
      expect.objectContaining({ kind: "stale", stale: expect.objectContaining(reason) }),
    ]);
    expect(whyOf(s.movedOn.id)).toEqual([
      expect.objectContaining({ kind: "stale", stale: expect.objectContaining({ scope: "published" }) }),
    ]);
    expect(whyOf(s.untouched.id)).toBeUndefined();
    expect(whyOf(s.quoting.id)).toBeUndefined(); // only its channel text is stale: listed there
    expect(
      inbox.channels
        .filter((c) => c.incidentId === s.incident.id)
        .map((c) => [c.bulletinId, c.channelVersion.channel, c.why.map((w) => w.stale?.reason)])
        .sort(),
    ).toEqual(
      [
        [s.live.id, "sms", ["fact_retracted"]],
        [s.quoting.id, "press", ["fact_retracted"]],
      ].sort(),
    );
    const faqItem = inbox.faq.find((f) => f.id === s.faq.id);
    expect(faqItem).toMatchObject({ question: s.faq.question, incidentTitle: "Flaggor överallt" });
    expect(faqItem?.why).toEqual([expect.objectContaining({ kind: "stale", stale: expect.objectContaining(reason) })]);
    expect(inbox.faq.some((f) => f.id === s.faqOther.id)).toBe(false);
    expect(inbox.count).toBe(inbox.items.length + inbox.faq.length + inbox.channels.length);

    // Everything happened in the fact change's commit: its events follow the fact.updated with nothing between.
    const events = (await ok<{ events: DomainEvent[] }>(admin.get(`/api/events?since=${before}`))).events;
    expect(events[0]?.type).toBe("fact.updated");
    const flags = events.filter((e) => e.type !== "notification" && e.type !== "contact_claim.changed");
    expect(flags.map((e) => `${e.type}:${e.entity.id}`).sort()).toEqual(
      [
        `fact.updated:${s.cited.id}`,
        `bulletin.stale:${s.live.id}`,
        `bulletin.stale:${s.movedOn.id}`,
        `bulletin.stale:${s.quoting.id}`,
        `bulletin.stale:${s.correction.id}`,
        `faq.stale:${s.faq.id}`,
        `claim.facts_flagged:${s.claim.id}`,
      ].sort(),
    );
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => before + 1 + i));
    // Each flag tells its authors; the lead who retracted the fact is told of nothing.
    const notes = events.filter((e) => e.type === "notification").map((e) => e.data as NotificationData);
    const me = (await ok<{ user: User }>(communicator.get("/api/me"))).user.id;
    expect(notes.length).toBeGreaterThanOrEqual(6);
    expect(notes.every((n) => n.recipients.includes(me) && n.factId === s.cited.id)).toBe(true);
    expect(notes.find((n) => n.faqId === s.faq.id)?.kind).toBe("fact_retracted");
    expect(notes.find((n) => n.claimId === s.claim.id)?.kind).toBe("fact_retracted");
  });

  it("holds the claim's correction until someone confirms the facts, then lets it through", async () => {
    const s = await scene("Rättelse hålls");
    await ok(
      lead.patch(`/api/facts/${s.cited.id}`, {
        statement: "Dricksvattnet i Söderäng är åter rent.",
        expectedVersion: 1,
      }),
    );
    const flagged = await ok<Claim>(communicator.get(`/api/claims/${s.claim.id}`));
    expect(flagged.factFlags).toEqual([expect.objectContaining({ reason: "fact_changed", factId: s.cited.id })]);

    // Saving the correction clears its own stale flag, but not the hold: the claim's facts need a confirmation.
    const saved = await ok<Bulletin>(
      put(communicator, `/api/bulletins/${s.correction.id}`, {
        kind: "correction",
        headline: s.correction.headline,
        body: s.correction.body,
        factIds: s.correction.factIds,
        audiences: ["residents"],
        claimId: s.claim.id,
        expectedVersion: s.correction.version,
      }),
    );
    await ok(communicator.post(`/api/bulletins/${s.correction.id}/submit`, {}));
    const held = await lead.post(`/api/bulletins/${s.correction.id}/approve`, { expectedVersion: saved.version });
    expect(held.status, held.text).toBe(409);
    expect(held.body).toMatchObject({ error: { code: "correction_held", claimId: s.claim.id } });

    expect((await server.as("agent").then((a) => a.post(`/api/claims/${s.claim.id}/confirm-facts`, {}))).status).toBe(
      403,
    );
    const stale = await communicator.post(`/api/claims/${s.claim.id}/confirm-facts`, { expectedVersion: 1 });
    expect(stale.status).toBe(409);
    const inReview = await ok<Claim>(communicator.get(`/api/claims/${s.claim.id}`)); // the submit moved it on
    expect(inReview.status).toBe("in_review");
    const confirmed = await ok<Claim>(
      communicator.post(`/api/claims/${s.claim.id}/confirm-facts`, { expectedVersion: inReview.version }),
    );
    expect(confirmed.factFlags).toEqual([]);
    const approved = await ok<Bulletin>(
      lead.post(`/api/bulletins/${s.correction.id}/approve`, { expectedVersion: saved.version }),
    );
    expect(approved.status).toBe("approved");
  });

  it("a publish clears the published version's flag; a save only the working version's", async () => {
    const s = await scene("Publicering rensar");
    await ok(
      lead.patch(`/api/facts/${s.cited.id}`, {
        statement: "Dricksvattnet i Söderäng är åter rent.",
        expectedVersion: 1,
      }),
    );
    const saved = await ok<Bulletin>(
      put(communicator, `/api/bulletins/${s.live.id}`, {
        ...goodBulletin([s.cited.id]),
        expectedVersion: s.live.version,
      }),
    );
    // Saved over the published version: the draft is checked against the facts, the live text is still stale.
    expect(saved.stale).toEqual([
      expect.objectContaining({ reason: "fact_changed", factId: s.cited.id, scope: "published" }),
    ]);
    const republished = await publish(communicator, lead, saved);
    expect(republished.stale).toEqual([]);
  });

  it("a failure in the middle of the flagging rolls back the fact change and every flag", async () => {
    const s = await scene("Återställning");
    const transaction = createTransactionRunner(server.database.db, createPublisher(server.app.io));
    const deps = { db: server.database.db, transaction, sessionHours: 1, sessions: { sessionsEnded: () => {} } };
    const boom: FactCiter = async () => {
      throw new Error("citer failed");
    };
    // Bulletins and FAQ flagged first, then the failure, then the claims that never get their turn.
    const facts = createFacts(deps, [flagCitingBulletins, flagCitingFaq, boom, flagRefutedClaims]);
    const me = (await ok<{ user: User }>(lead.get("/api/me"))).user;
    const before = await latestSeq();
    await expect(facts.update(s.cited.id, { status: "retracted", expectedVersion: 1 }, me)).rejects.toThrow(
      "citer failed",
    );
    expect((await ok<Fact>(admin.get(`/api/facts/${s.cited.id}`))).status).toBe("confirmed");
    const all = await bulletinsOf(s.incident.id);
    for (const b of all.values()) {
      expect(b.stale, b.headline).toEqual([]);
      for (const c of b.channelVersions) expect(c.stale).toEqual([]);
    }
    expect((await ok<FaqEntry>(communicator.get(`/api/faq/${s.faq.id}`))).stale).toBe(false);
    expect((await ok<Claim>(communicator.get(`/api/claims/${s.claim.id}`))).factFlags).toEqual([]);
    expect(await latestSeq()).toBe(before);
  });
});
