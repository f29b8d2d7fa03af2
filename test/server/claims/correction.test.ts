import { allFindings, scoreMessage } from "../../../shared/checklist/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bulletin, Claim } from "../../../shared/index.js";
import { ENGINES } from "../../helpers/db.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createClaim, createFact, createIncident, ok, publish, RUMOUR } from "./fixtures.js";

describe.each(ENGINES)("correcting a claim through the bulletin workflow (%s)", (engine) => {
  let server: TestServer;
  let lead: ApiClient;
  let communicator: ApiClient;
  let incidentId: string;
  let factIds: string[];
  beforeAll(async () => {
    server = await startTestServer({ engine });
    [lead, communicator] = await Promise.all([server.as("lead"), server.as("communicator")]);
    incidentId = (await createIncident(lead)).id;
    factIds = [
      (await createFact(communicator, incidentId, "Vattenprover från i morse visar inga gifter i dricksvattnet.")).id,
      (await createFact(communicator, incidentId, "Kokningsrådet gäller bara Norrby och Söderäng.")).id,
    ];
  });
  afterAll(() => server.close());

  const claim = (id: string) => ok<Claim>(communicator.get(`/api/claims/${id}`));

  it("drafts a correction bulletin quoting the claim and citing the refuting facts, and links both ways", async () => {
    const c = await createClaim(communicator, incidentId, { refutingFactIds: [factIds[0] as string] });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const { claim: started, bulletin } = await ok<{ claim: Claim; bulletin: Bulletin }>(
      communicator.post(`/api/claims/${c.id}/correct`, { refutingFactIds: factIds }),
      201,
    );
    expect(bulletin).toMatchObject({ kind: "correction", claimId: c.id, status: "draft", incidentId, factIds });
    expect(bulletin.body).toContain(`"${RUMOUR}"`);
    expect(bulletin.body).toContain("Vattenprover från i morse visar inga gifter i dricksvattnet.");
    expect(bulletin.headline).not.toContain("förgiftat");
    // Fact first: the headline is the first refuting fact and the body opens with it; the claim comes after, once.
    expect(bulletin.headline).toBe("Vattenprover från i morse visar inga gifter i dricksvattnet");
    expect(bulletin.body.startsWith("Vattenprover från i morse")).toBe(true);
    expect(bulletin.body.indexOf(RUMOUR)).toBeGreaterThan(bulletin.body.indexOf("Kokningsrådet gäller bara"));
    // Characters that keep an SMS in GSM-7, and a draft the checklist does not send back for myth-first.
    const sms = scoreMessage({ kind: "sms", body: bulletin.body, language: "sv" });
    expect(sms.metrics.sms.encoding).toBe("GSM-7");
    const draft = scoreMessage({ kind: "correction", title: bulletin.headline, body: bulletin.body, language: "sv" });
    expect(allFindings(draft).map((f) => f.ruleId)).not.toContain("AU20");
    expect(allFindings(draft).map((f) => f.ruleId)).not.toContain("AC4");
    expect(allFindings(draft).map((f) => f.ruleId)).not.toContain("AC5");
    expect(started).toMatchObject({
      status: "correcting",
      correctionBulletinId: bulletin.id,
      refutingFactIds: factIds,
    });
    const stored = await ok<Bulletin>(communicator.get(`/api/bulletins/${bulletin.id}`));
    expect(stored.claimId).toBe(c.id);
  });

  it("without a refuting fact, the draft still opens with the fact's place, not with the rumour", async () => {
    const c = await createClaim(communicator, incidentId, {
      text: "Strömmen kommer vara borta i en vecka, elbolaget har gett upp.",
    });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const { bulletin } = await ok<{ claim: Claim; bulletin: Bulletin }>(
      communicator.post(`/api/claims/${c.id}/correct`, {}),
      201,
    );
    expect(bulletin.factIds).toEqual([]);
    expect(bulletin.body.startsWith("[Skriv det som stämmer")).toBe(true);
    expect(bulletin.body.indexOf("Strömmen kommer vara borta")).toBeGreaterThan(0);
    const draft = scoreMessage({ kind: "correction", title: bulletin.headline, body: bulletin.body, language: "sv" });
    expect(allFindings(draft).map((f) => f.ruleId)).not.toContain("AU20");
    // Until the writer fills it in, the slot itself stops publishing: the public must never read it.
    expect(
      allFindings(draft)
        .filter((f) => f.severity === "error")
        .map((f) => f.ruleId),
    ).toContain("FA21");
    expect(draft.status).toBe("fail");
  });

  it("refuses facts of another incident for the correction, and leaves the claim as it was", async () => {
    const other = await createIncident(lead, { title: "Annan händelse" });
    const foreign = await createFact(communicator, other.id, "Något annat.");
    const c = await createClaim(communicator, incidentId);
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const res = await communicator.post<{ error: { field: string } }>(`/api/claims/${c.id}/correct`, {
      refutingFactIds: [foreign.id],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe("refutingFactIds.0");
    expect(await claim(c.id)).toMatchObject({ status: "assigned", correctionBulletinId: null });
  });

  it("moves the claim to in review on submit, back on return, and closes it with its time to correction on publish", async () => {
    const c = await createClaim(communicator, incidentId, { refutingFactIds: factIds });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(communicator.post(`/api/claims/${c.id}/correct`, {}), 201);

    await ok(communicator.post(`/api/bulletins/${bulletin.id}/submit`, {}));
    expect((await claim(c.id)).status).toBe("in_review");
    await ok(lead.post(`/api/bulletins/${bulletin.id}/return`, { reason: "Nämn provtagningen tydligare" }));
    expect((await claim(c.id)).status).toBe("correcting");

    const published = await publish(communicator, lead, bulletin, "Rättelsen brådskar");
    const closed = await claim(c.id);
    expect(closed.status).toBe("corrected");
    expect(closed.correctedAt).toBe(published.publishedAt);
    expect(closed.timeToCorrectionMs).toBe(
      new Date(closed.correctedAt ?? "").getTime() - new Date(c.createdAt).getTime(),
    );
    expect(closed.timeToCorrectionMs).toBeGreaterThanOrEqual(0);
    const notes = await ok(
      communicator.post(`/api/claims/${c.id}/notes`, { text: "Publicerad, bevakar spridningen" }),
      201,
    );
    expect(notes.status).toBe("corrected");
  });

  it("hands the claim back (assigned, no correction) when its correction is retracted before publishing", async () => {
    const c = await createClaim(communicator, incidentId, { refutingFactIds: factIds });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    const { bulletin } = await ok<{ bulletin: Bulletin }>(communicator.post(`/api/claims/${c.id}/correct`, {}), 201);
    await ok(communicator.post(`/api/bulletins/${bulletin.id}/submit`, {}));
    await ok(lead.post(`/api/bulletins/${bulletin.id}/retract`, { reason: "Fel vinkel, ny rättelse skrivs" }));
    expect(await claim(c.id)).toMatchObject({ status: "assigned", correctionBulletinId: null, correctedAt: null });
    const again = await ok<{ claim: Claim; bulletin: Bulletin }>(
      communicator.post(`/api/claims/${c.id}/correct`, {}),
      201,
    );
    expect(again.claim.correctionBulletinId).toBe(again.bulletin.id);
    expect(again.bulletin.id).not.toBe(bulletin.id);
  });

  it("does not move a claim for a bulletin that only names it", async () => {
    const c = await createClaim(communicator, incidentId, { refutingFactIds: factIds });
    await ok(communicator.post(`/api/claims/${c.id}/take`));
    await ok(communicator.post(`/api/claims/${c.id}/correct`, {}), 201);
    const stray = await ok<Bulletin>(
      communicator.post(`/api/incidents/${incidentId}/bulletins`, {
        kind: "correction",
        claimId: c.id,
        headline: "Rättelse",
        body: "Text",
        factIds,
      }),
      201,
    );
    await ok(communicator.post(`/api/bulletins/${stray.id}/submit`, {}));
    expect((await claim(c.id)).status).toBe("correcting");
  });
});
