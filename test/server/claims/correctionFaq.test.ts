import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Claim, CorrectionFaqResult, DomainEvent, FaqEntry } from "../../../shared/index.js";
import { goodBulletin, put } from "../bulletins/fixtures.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { nextEvent, type ClientSocket } from "../../helpers/socket.js";
import { publishDraft } from "../contact/helpers.js";
import { createClaim, createFact, createIncident, ok, publish, RUMOUR } from "./fixtures.js";

const faqEvent = (socket: ClientSocket, type: DomainEvent["type"], faqId?: string) =>
  nextEvent(socket, "event", (e) => e.type === type && (faqId === undefined || e.entity.id === faqId)).then(([e]) => e);

describe.each(ENGINES)("a published correction to the contact centre's FAQ (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let agent: ApiClient;
  let agentSocket: ClientSocket;
  let incidentId: string;
  let factIds: string[];
  let claim: Claim;
  let correction: Bulletin;
  let faqId: string;

  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator, agent] = await Promise.all([server.as("lead"), server.as("communicator"), server.as("agent")]);
    agentSocket = await server.socket(agent);
    incidentId = (await createIncident(lead)).id;
    factIds = [
      (await createFact(communicator, incidentId, "Vattenprover från i morse visar inga gifter i dricksvattnet.")).id,
    ];
    claim = await createClaim(communicator, incidentId, { refutingFactIds: factIds });
    await ok(communicator.post(`/api/claims/${claim.id}/take`));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(
      communicator.post(`/api/claims/${claim.id}/correct`, {}),
      201,
    );
    const edited = await put(communicator, `/api/bulletins/${bulletin.id}`, {
      ...goodBulletin(factIds, {
        kind: "correction",
        headline: "Dricksvattnet är säkert att dricka",
        body: bulletin.body,
      }),
      expectedVersion: bulletin.version,
    });
    expect(edited.status, edited.text).toBe(200);
    correction = await publish(communicator, lead, edited.body, "Rättelsen brådskar");
  });
  afterAll(() => server.close());

  const linked = async (): Promise<FaqEntry[]> =>
    (await ok<{ entries: FaqEntry[] }>(agent.get(`/api/faq?incidentId=${incidentId}`))).entries;

  it("creates a published FAQ entry from the correction, phrased from the claim, and pushes it to the agent", async () => {
    const pushed = faqEvent(agentSocket, "faq.created");
    const result = await ok<CorrectionFaqResult>(communicator.post(`/api/bulletins/${correction.id}/faq`, {}), 201);
    faqId = result.faq.id;
    expect(result).toMatchObject({ created: true, bulletinId: correction.id, claimId: claim.id });
    expect(result.faq).toMatchObject({
      incidentId,
      status: "published",
      version: 1,
      language: "sv",
      factIds,
      tags: ["rättelse"],
    });
    expect(result.faq.question).toBe(`Stämmer det att ”${RUMOUR.replace(/!$/, "")}”?`);
    // The headline is the one-line script; then what to do and what is known.
    expect(result.faq.answer.split("\n\n")[0]).toBe("Dricksvattnet är säkert att dricka");
    expect(result.faq.answer).toContain(correction.instruction.trim());
    expect(result.faq.publishedAt).not.toBeNull();

    const event = await pushed;
    expect(event?.visibleTo).toBeNull();
    expect(event?.data).toMatchObject({ faq: { id: faqId, status: "published" } });
    expect((await linked()).map((e) => e.id)).toEqual([faqId]);
    expect(await ok<{ faq: FaqEntry | null }>(communicator.get(`/api/bulletins/${correction.id}/faq`))).toMatchObject({
      faq: { id: faqId },
    });
  });

  it("updates the same entry (a new version, no duplicate) when called again, from the live published version", async () => {
    // The FAQ desk rewords the question (reviewed and published); a second call must keep that wording.
    const reworded = await ok<FaqEntry>(
      communicator.patch(`/api/faq/${faqId}`, { question: "Är kranvattnet förgiftat?" }),
    );
    expect(reworded).toMatchObject({ version: 2, working: { question: "Är kranvattnet förgiftat?" } });
    await publishDraft(reworded, communicator, lead);
    const draftEdit = await put(communicator, `/api/bulletins/${correction.id}`, {
      ...goodBulletin(factIds, {
        kind: "correction",
        headline: "Dricksvattnet är säkert att dricka",
        instruction: "Du kan dricka vattnet som vanligt.",
      }),
      expectedVersion: correction.version,
    });
    expect(draftEdit.status, draftEdit.text).toBe(200);

    // The edit is still a draft: the entry follows what is published, so nothing changes.
    const same = await ok<CorrectionFaqResult>(communicator.post(`/api/bulletins/${correction.id}/faq`, {}));
    expect(same).toMatchObject({ created: false, faq: { id: faqId, version: 5 } });
    expect(same.faq.answer).not.toContain("Du kan dricka vattnet som vanligt.");

    await publish(communicator, lead, draftEdit.body, "Uppdaterad rättelse");
    const pushed = faqEvent(agentSocket, "faq.updated", faqId);
    const updated = await ok<CorrectionFaqResult>(lead.post(`/api/bulletins/${correction.id}/faq`, {}));
    expect(updated).toMatchObject({
      created: false,
      faq: { id: faqId, version: 6, question: "Är kranvattnet förgiftat?", status: "published" },
    });
    expect(updated.faq.answer).toContain("Du kan dricka vattnet som vanligt.");
    expect((await pushed)?.data).toMatchObject({ faq: { id: faqId, version: 6 }, changed: ["answer"] });
    expect((await linked()).map((e) => e.id)).toEqual([faqId]);
  });

  it("publishes an archived entry again when the correction is sent to the FAQ once more", async () => {
    await ok(communicator.post(`/api/faq/${faqId}/status`, { status: "archived" }));
    const pushed = faqEvent(agentSocket, "faq.published", faqId);
    const again = await ok<CorrectionFaqResult>(
      communicator.post(`/api/bulletins/${correction.id}/faq`, { question: "Kan jag dricka kranvattnet?" }),
    );
    expect(again).toMatchObject({
      created: false,
      faq: { id: faqId, status: "published", question: "Kan jag dricka kranvattnet?" },
    });
    expect((await pushed)?.data).toMatchObject({ faq: { id: faqId, status: "published" } });
  });

  it("refuses a bulletin that is not a correction, and a correction that is not published, saying why", async () => {
    const plain = await ok<Bulletin>(
      communicator.post(`/api/incidents/${incidentId}/bulletins`, goodBulletin(factIds)),
      201,
    );
    await publish(communicator, lead, plain);
    const notCorrection = await communicator.post<{ error: { code: string; message: string; reason: string } }>(
      `/api/bulletins/${plain.id}/faq`,
      {},
    );
    expect(notCorrection.status).toBe(409);
    expect(notCorrection.body.error).toMatchObject({ code: "conflict", reason: "not_correction" });
    expect(notCorrection.body.error.message).toContain("correction");

    const other = await createClaim(communicator, incidentId, {
      text: "Skolorna stänger i morgon",
      refutingFactIds: factIds,
    });
    await ok(communicator.post(`/api/claims/${other.id}/take`));
    const { bulletin: draft } = await ok<{ bulletin: Bulletin }>(
      communicator.post(`/api/claims/${other.id}/correct`, {}),
      201,
    );
    const unpublished = await communicator.post<{ error: { code: string; message: string; reason: string } }>(
      `/api/bulletins/${draft.id}/faq`,
      {},
    );
    expect(unpublished.status).toBe(409);
    expect(unpublished.body.error).toMatchObject({ code: "conflict", reason: "not_published" });
    expect(unpublished.body.error.message).toContain("not published");

    expect((await communicator.post(`/api/bulletins/00000000-0000-4000-8000-000000000000/faq`, {})).status).toBe(404);
    expect((await linked()).map((e) => e.id)).toEqual([faqId]);
  });

  it("needs the question for a correction that names no claim", async () => {
    const loose = await ok<Bulletin>(
      communicator.post(
        `/api/incidents/${incidentId}/bulletins`,
        goodBulletin(factIds, { kind: "correction", headline: "Skolorna är öppna" }),
      ),
      201,
    );
    await publish(communicator, lead, loose, "Rättelse utan påstående");
    const missing = await communicator.post<{ error: { field: string } }>(`/api/bulletins/${loose.id}/faq`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe("question");
    const made = await ok<CorrectionFaqResult>(
      communicator.post(`/api/bulletins/${loose.id}/faq`, { question: "Är skolorna stängda?" }),
      201,
    );
    expect(made).toMatchObject({ created: true, claimId: null, faq: { question: "Är skolorna stängda?" } });
  });

  it("makes exactly one entry when several editors press at once", async () => {
    const c = await createClaim(communicator, incidentId, {
      text: "Elen stängs av i hela kommunen i kväll",
      refutingFactIds: factIds,
    });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(communicator.post(`/api/claims/${c.id}/correct`, {}), 201);
    const live = await publish(communicator, lead, bulletin, "Brådskande rättelse");
    const answers = await Promise.all(
      [communicator, lead, communicator, lead, communicator].map((client) =>
        client.post<CorrectionFaqResult>(`/api/bulletins/${live.id}/faq`, {}),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.faq.id)).size).toBe(1);
    const entries = (await linked()).filter((e) => e.question.includes("Elen stängs av"));
    expect(entries).toHaveLength(1);
  });

  it("lets the FAQ editors do it and refuses agents and viewers", async () => {
    const viewer = await server.as("viewer");
    for (const client of [agent, viewer]) {
      expect((await client.post(`/api/bulletins/${correction.id}/faq`, {})).status).toBe(403);
      expect((await client.get(`/api/bulletins/${correction.id}/faq`)).status).toBe(403);
    }
    const admin = await server.as("admin");
    expect(await ok<CorrectionFaqResult>(admin.post(`/api/bulletins/${correction.id}/faq`, {}))).toMatchObject({
      created: false,
      faq: { id: faqId },
    });
  });
});
