import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ROLES,
  type Bulletin,
  type BulletinStatus,
  type BulletinVersion,
  type BulletinVersionSummary,
  type Inbox,
  type Role,
} from "../../../shared/index.js";
import type { ApiClient } from "../../helpers/http.js";
import { startTestServer, type TestServer } from "../../helpers/server.js";
import { createBulletin, createFact, createIncident, goodBulletin, publish, put } from "./fixtures.js";

// Written out from docs/api.md ("Bulletins", workflow table), independently of server/domain/bulletins/workflow.ts.
const WRITERS: Role[] = ["admin", "lead", "communicator"];
const LEADS: Role[] = ["admin", "lead"];
const TABLE: Record<string, { from: BulletinStatus[]; to: BulletinStatus; who: Role[] }> = {
  save: { from: ["draft", "in_review", "approved", "published"], to: "draft", who: WRITERS },
  submit: { from: ["draft"], to: "in_review", who: WRITERS },
  return: { from: ["in_review", "approved"], to: "draft", who: LEADS },
  approve: { from: ["in_review"], to: "approved", who: LEADS },
  publish: { from: ["approved"], to: "published", who: LEADS },
  retract: { from: ["draft", "in_review", "approved", "published"], to: "retracted", who: LEADS },
};
const STARTS: BulletinStatus[] = ["draft", "in_review", "approved", "published", "retracted"];

describe("bulletin workflow", () => {
  let server: TestServer;
  const as = {} as Record<Role, ApiClient>;
  let incidentId: string;
  let factId: string;

  beforeAll(async () => {
    server = await startTestServer();
    Object.assign(as, await server.sessions());
    incidentId = (await createIncident(as.lead)).id;
    factId = (await createFact(as.communicator, incidentId, "Huvudledningen vid Storgatan har gått sönder.")).id;
  });
  afterAll(() => server.close());

  async function bulletinIn(status: BulletinStatus): Promise<Bulletin> {
    const b = await createBulletin(as.communicator, incidentId, goodBulletin([factId]));
    if (status === "draft") return b;
    if (status === "retracted") {
      expect((await as.lead.post(`/api/bulletins/${b.id}/retract`, { reason: "Förberedelse" })).status).toBe(200);
      return (await as.communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    }
    await as.communicator.post(`/api/bulletins/${b.id}/submit`, {});
    if (status === "in_review") return (await as.communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    await as.lead.post(`/api/bulletins/${b.id}/approve`, { expectedVersion: 1 });
    if (status === "approved") return (await as.communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
    expect((await as.lead.post(`/api/bulletins/${b.id}/publish`, {})).status).toBe(200);
    return (await as.communicator.get<Bulletin>(`/api/bulletins/${b.id}`)).body;
  }

  function send(command: string, role: Role, b: Bulletin) {
    const client = as[role];
    switch (command) {
      case "save":
        return put(client, `/api/bulletins/${b.id}`, {
          ...goodBulletin([factId], { headline: `Sparad av ${role}` }),
          expectedVersion: b.version,
        });
      case "approve":
        return client.post<Bulletin>(`/api/bulletins/${b.id}/approve`, { expectedVersion: b.version });
      case "return":
      case "retract":
        return client.post<Bulletin>(`/api/bulletins/${b.id}/${command}`, { reason: `Motivering från ${role}` });
      default:
        return client.post<Bulletin>(`/api/bulletins/${b.id}/${command}`, {});
    }
  }

  const cases = Object.entries(TABLE).flatMap(([command, rule]) =>
    STARTS.flatMap((from) =>
      ROLES.map((role) => ({
        command,
        from,
        role,
        expected: !rule.who.includes(role) ? 403 : rule.from.includes(from) ? 200 : 409,
        to: rule.to,
      })),
    ),
  );

  it.each(cases)("$command from $from as $role → $expected", async ({ command, from, role, expected, to }) => {
    const before = await bulletinIn(from);
    const res = await send(command, role, before);
    expect(res.status, res.text).toBe(expected);
    const after = (await as.communicator.get<Bulletin>(`/api/bulletins/${before.id}`)).body;
    if (expected === 200) {
      expect(res.body.status).toBe(to);
      expect(after.status).toBe(to);
    } else {
      expect(after).toEqual(before); // a refusal changes nothing
      if (expected === 409)
        expect(res.body).toMatchObject({
          error: { code: "invalid_transition", current: { id: before.id, status: from } },
        });
      else expect(res.body).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("refuses anonymous requests with 401", async () => {
    const b = await bulletinIn("draft");
    expect((await server.anonymous().get(`/api/bulletins/${b.id}`)).status).toBe(401);
    expect((await server.anonymous().post(`/api/bulletins/${b.id}/submit`, {})).status).toBe(401);
  });

  it("needs a headline and a body before review, and a reason to return or retract", async () => {
    const empty = await createBulletin(as.communicator, incidentId, {});
    expect(empty).toMatchObject({
      status: "draft",
      version: 1,
      language: "sv",
      kind: "bulletin",
      channels: ["web"],
      headline: "",
    });
    expect((await as.communicator.post(`/api/bulletins/${empty.id}/submit`, {})).body).toMatchObject({
      error: { code: "validation", field: "headline" },
    });
    const inReview = await bulletinIn("in_review");
    expect((await as.lead.post(`/api/bulletins/${inReview.id}/return`, {})).body).toMatchObject({
      error: { code: "validation", field: "reason" },
    });
    expect((await as.lead.post(`/api/bulletins/${inReview.id}/retract`, { reason: "  " })).body).toMatchObject({
      error: { code: "validation", field: "reason" },
    });
  });

  it("says which text is missing before review with a reason a console can translate", async () => {
    const headlineOnly = await createBulletin(as.communicator, incidentId, { headline: "Vattenläcka på Storgatan" });
    const res = await as.communicator.post(`/api/bulletins/${headlineOnly.id}/submit`, {});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "validation", field: "body", reason: "required_for_review" } });
    const empty = await createBulletin(as.communicator, incidentId, {});
    expect((await as.communicator.post(`/api/bulletins/${empty.id}/submit`, {})).body).toMatchObject({
      error: { field: "headline", reason: "required_for_review" },
    });
  });

  it("approves only the version the lead read", async () => {
    const b = await bulletinIn("in_review");
    const res = await as.lead.post(`/api/bulletins/${b.id}/approve`, { expectedVersion: b.version + 1 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      error: { code: "conflict", current: { version: b.version, status: "in_review" } },
    });
  });

  it("cites only facts of the same incident", async () => {
    const other = await createIncident(as.lead, { title: "Annan händelse" });
    const foreign = await createFact(as.communicator, other.id, "Ett faktum i en annan händelse.");
    const res = await as.communicator.post(
      `/api/incidents/${incidentId}/bulletins`,
      goodBulletin([factId, foreign.id]),
    );
    expect(res.body).toMatchObject({ error: { code: "validation", field: "factIds.1" } });
  });

  it("keeps the published version live while an edit is drafted, then supersedes it", async () => {
    const live = await bulletinIn("published");
    expect(live).toMatchObject({ status: "published", version: 1, publishedVersion: 1 });
    const edit = await put(as.communicator, `/api/bulletins/${live.id}`, {
      ...goodBulletin([factId], { headline: "Nytt läge i Norrby" }),
      expectedVersion: 1,
    });
    expect(edit.body).toMatchObject({
      status: "draft",
      version: 2,
      publishedVersion: 1,
      headline: "Nytt läge i Norrby",
    });
    const republished = await publish(as.communicator, as.lead, edit.body);
    expect(republished).toMatchObject({ status: "published", version: 2, publishedVersion: 2 });
    expect(Date.parse(republished.publishedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(live.publishedAt ?? ""));
    expect(republished.firstPublishedAt).toBe(live.firstPublishedAt);
    const versions = (await as.viewer.get<{ versions: BulletinVersionSummary[] }>(`/api/bulletins/${live.id}/versions`))
      .body.versions;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);
    expect(versions[1]?.supersededAt).not.toBeNull();
  });

  it("stores every save as a version with its checklist, for a field-by-field diff", async () => {
    const b = await createBulletin(as.communicator, incidentId, goodBulletin([factId]));
    const v2 = await put(as.lead, `/api/bulletins/${b.id}`, {
      ...goodBulletin([factId], { body: "Vi tror att vattnet troligen är förorenat." }),
      expectedVersion: 1,
    });
    expect(v2.body.version).toBe(2);
    const [one, two] = await Promise.all(
      [1, 2].map((n) => as.communicator.get<BulletinVersion>(`/api/bulletins/${b.id}/versions/${n}`)),
    );
    expect(one?.body).toMatchObject({
      version: 1,
      status: "superseded",
      headline: "Koka dricksvattnet i Norrby och Söderäng",
      savedBy: { displayName: expect.stringContaining("Sara") },
    });
    expect(two?.body).toMatchObject({
      version: 2,
      status: "draft",
      body: "Vi tror att vattnet troligen är förorenat.",
      savedBy: { displayName: expect.stringContaining("Anna") },
    });
    expect(two?.body.checklist.factual.score).toBeLessThan(one?.body.checklist.factual.score ?? 0);
    expect(v2.body.score.overall).toBe(two?.body.checklist.overall);
    expect((await as.communicator.get(`/api/bulletins/${b.id}/versions/3`)).status).toBe(404);
    // Never published: a viewer reads none of its versions (review and staleness).
    expect((await as.viewer.get(`/api/bulletins/${b.id}/versions/1`)).status).toBe(404);
  });

  it("returns a bulletin to its author with a notification carrying the reason", async () => {
    const b = await bulletinIn("in_review");
    const socket = await server.socket(as.communicator);
    const got = new Promise<unknown>((resolve) =>
      socket.on("event", (e) => e.type === "notification" && resolve(e.data)),
    );
    expect(
      (await as.lead.post(`/api/bulletins/${b.id}/return`, { reason: "Lägg till var tankbilarna står." })).status,
    ).toBe(200);
    expect(await got).toMatchObject({
      kind: "bulletin_returned",
      bulletinId: b.id,
      message: { sv: expect.stringContaining("Lägg till var tankbilarna står.") },
    });
  });

  it("lists everything waiting for a lead in the inbox (in review and approved-unpublished), oldest first, with its score", async () => {
    const first = await bulletinIn("in_review");
    const second = await bulletinIn("in_review");
    const approved = await bulletinIn("approved");
    const draft = await bulletinIn("draft");
    const published = await bulletinIn("published");
    const res = await as.lead.get<Inbox>("/api/inbox");
    const ids = res.body.items.map((i) => i.bulletin.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(res.body.count).toBe(res.body.items.length + res.body.faq.length + res.body.channels.length);
    // In review or approved, or stale (review and staleness): each says why.
    expect(
      res.body.items.every((i) =>
        i.bulletin.status === "in_review" || i.bulletin.status === "approved"
          ? i.why[0]?.kind === i.bulletin.status
          : i.bulletin.stale.length > 0 && i.why.every((w) => w.kind === "stale"),
      ),
    ).toBe(true);
    expect(ids).toContain(approved.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(published.id);
    const item = res.body.items.find((i) => i.bulletin.id === first.id);
    expect(item).toMatchObject({
      incidentTitle: "Vattenläcka i Norrby",
      bulletin: { score: { overall: expect.any(Number) } },
    });
    const waiting = res.body.items.map((i) => i.waitingSince);
    expect([...waiting].sort()).toEqual(waiting);
    expect((await as.communicator.get("/api/inbox")).status).toBe(403);
    expect((await as.admin.get("/api/inbox")).status).toBe(200);
  });
});
